package org.beachhead.visual;

import org.beachhead.common.BadParameterException;
import org.beachhead.common.EntityRef;
import org.beachhead.deal.DealFilter;
import org.beachhead.deal.DealQueries;
import org.beachhead.model.PartnerRepository;
import org.beachhead.visual.MapQueries.PairCount;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
public class MapService {

    private final PartnerRepository partners;
    private final DealQueries deals;
    private final MapQueries mapQueries;

    public MapService(PartnerRepository partners, DealQueries deals, MapQueries mapQueries) {
        this.partners = partners;
        this.deals = deals;
        this.mapQueries = mapQueries;
    }

    /**
     * Draws every partner and deal; past {@link MapLayout#MAX_PARTNERS} partners, only the busiest
     * (the selected first), with their deals counted per pair by the database, and a bounded number
     * of their titles and regulators, so that neither the work nor the page grows with the corpus.
     *
     * @throws BadParameterException when a selected partner does not exist
     */
    @Transactional(readOnly = true)
    public MapPage map(List<String> selectedPartners) {
        List<EntityRef> all = partners.refsKnowing("partner", selectedPartners);
        if (all.size() <= MapLayout.MAX_PARTNERS) {
            RelationshipMap map = MapLayout.layout(all, deals.summaries(DealFilter.NONE, 0), mapQueries.regulatorLinks(), selectedPartners);
            return new MapPage(map, all, selectedPartners, 0);
        }
        List<PairCount> pairs = mapQueries.dealPairs();
        List<EntityRef> drawn = MapLayout.busiestPartners(all, pairs, selectedPartners);
        List<String> drawnSlugs = drawn.stream().map(EntityRef::slug).toList();
        RelationshipMap map = MapLayout.bounded(drawn, pairs, mapQueries.titleLinks(drawnSlugs, Limit.of(MapLayout.MAX_TITLE_LINKS)),
                mapQueries.regulatorLinks(drawnSlugs, Limit.of(MapLayout.MAX_REGULATOR_LINKS)), selectedPartners);
        return new MapPage(map, drawn, selectedPartners, all.size() - drawn.size());
    }
}
