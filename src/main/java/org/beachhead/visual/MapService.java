package org.beachhead.visual;

import org.beachhead.common.BadParameterException;
import org.beachhead.common.EntityRef;
import org.beachhead.deal.DealFilter;
import org.beachhead.deal.DealQueries;
import org.beachhead.partner.PartnerQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
public class MapService {

    private final PartnerQueries partners;
    private final DealQueries deals;
    private final MapQueries mapQueries;

    public MapService(PartnerQueries partners, DealQueries deals, MapQueries mapQueries) {
        this.partners = partners;
        this.deals = deals;
        this.mapQueries = mapQueries;
    }

    /** @throws BadParameterException when a selected partner does not exist */
    @Transactional(readOnly = true)
    public MapPage map(List<String> selectedPartners) {
        List<EntityRef> all = partners.allRefsKnowing("partner", selectedPartners);
        RelationshipMap map = MapLayout.layout(all, deals.summaries(DealFilter.NONE), mapQueries.regulatorLinks(), selectedPartners);
        return new MapPage(map, all, selectedPartners);
    }
}
