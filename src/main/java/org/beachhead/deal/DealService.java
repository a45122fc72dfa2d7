package org.beachhead.deal;

import org.beachhead.common.EntityRef;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.NotFoundException;
import org.beachhead.common.PageWindow;
import org.beachhead.model.PartnerRepository;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.EventCards;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
public class DealService {

    private final DealQueries deals;
    private final PartnerRepository partners;
    private final EventCards cards;

    public DealService(DealQueries deals, PartnerRepository partners, EventCards cards) {
        this.deals = deals;
        this.partners = partners;
        this.cards = cards;
    }

    /** Deals the list shows a page. */
    public static final int PAGE_SIZE = 50;

    /** One page of the deals a filter matches, with how many match in all and the list's facets (none for the API). */
    public record DealList(DealFilter filter, List<DealSummary> deals, long total, PageWindow pages, DealFacets facets) {
    }

    public record DealPage(DealSummary deal, List<EventCard> events, PageWindow eventPages) {
    }

    /**
     * Page {@code page} of the deals the filter matches ({@code size} a page; nothing is read past the end),
     * first reported first, each with the first page's worth of the events that report it (as on its own
     * page), with the window over the whole list: for the API.
     *
     * @throws BadParameterException when the filter names an unknown partner
     */
    @Transactional(readOnly = true)
    public DealList slice(DealFilter filter, int page, int size) {
        if (!filter.partners().isEmpty()) {
            partners.refsKnowing("partner", filter.partners());
        }
        PageWindow pages = new PageWindow(filter.href(), page, size, deals.count(filter));
        return new DealList(filter, pages.pastEnd() ? List.of()
                : deals.summaries(filter, (int) pages.offset(), size, EventCards.PAGE_SIZE), pages.total(), pages, null);
    }

    /**
     * The {@code page}-th page of the deals the filter matches, first reported first.
     *
     * @throws BadParameterException when the filter names an unknown partner, or the list has no such page
     */
    @Transactional(readOnly = true)
    public DealList list(DealFilter filter, int page) {
        List<EntityRef> allPartners = partners.refsKnowing("partner", filter.partners());
        DealFacets facets = DealFacets.of(filter, deals.facetRows(), allPartners);
        PageWindow pages = new PageWindow(filter.href(), page, PAGE_SIZE, facets.matching()).existing();
        return new DealList(filter, deals.summaries(filter, (int) pages.offset(), PAGE_SIZE, DealSummary.EVENTS_ON_CARD),
                facets.matching(), pages, facets);
    }

    /**
     * A deal's page, with the {@code page}-th page of the events that report it; the deal itself comes
     * with the first page's worth of its events (the API lists them), of which its card shows the first few.
     *
     * @throws NotFoundException     when no deal has this slug
     * @throws BadParameterException when its events have no such page
     */
    @Transactional(readOnly = true)
    public DealPage deal(String slug, int page) {
        DealSummary deal = deals.bySlugs(List.of(slug), EventCards.PAGE_SIZE).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("deal", slug));
        PageWindow eventPages = new PageWindow("/deals/" + slug, page, EventCards.PAGE_SIZE, deal.eventCount()).existing();
        return new DealPage(deal, cards.ofDeal(slug, eventPages), eventPages);
    }
}
