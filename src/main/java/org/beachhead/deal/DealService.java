package org.beachhead.deal;

import org.beachhead.common.EntityRef;
import org.beachhead.common.NotFoundException;
import org.beachhead.partner.PartnerQueries;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.EventCards;
import org.beachhead.timeline.EventQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
public class DealService {

    private final DealQueries deals;
    private final PartnerQueries partners;
    private final EventQueries events;
    private final EventCards cards;

    public DealService(DealQueries deals, PartnerQueries partners, EventQueries events, EventCards cards) {
        this.deals = deals;
        this.partners = partners;
        this.events = events;
        this.cards = cards;
    }

    public record DealList(DealFilter filter, List<DealSummary> deals, List<EntityRef> partners) {
    }

    public record DealPage(DealSummary deal, List<EventCard> events) {
    }

    @Transactional(readOnly = true)
    public DealList list(DealFilter filter) {
        return new DealList(filter, deals.summaries(filter), partners.allRefsKnowing("partner", filter.partners()));
    }

    @Transactional(readOnly = true)
    public DealPage deal(String slug) {
        DealSummary deal = deals.bySlugs(List.of(slug)).stream().findFirst().orElseThrow(() -> new NotFoundException("deal", slug));
        return new DealPage(deal, cards.forIds(events.idsOfDeal(slug)));
    }
}
