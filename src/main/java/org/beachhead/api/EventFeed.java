package org.beachhead.api;

import org.beachhead.common.BadParameterException;
import org.beachhead.common.PageWindow;
import org.beachhead.model.PartnerRepository;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.EventCards;
import org.beachhead.timeline.EventQueries;
import org.beachhead.timeline.EventPage;
import org.beachhead.timeline.EventService;
import org.beachhead.timeline.TimelineFilter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;

/**
 * The events of the API, read through the timeline's own queries: a page costs the same few
 * statements (a count, then the page's events with their links and excerpts) whatever the filter and page size.
 */
@Service
class EventFeed {

    private final EventQueries events;
    private final EventCards cards;
    private final EventService eventService;
    private final PartnerRepository partners;

    EventFeed(EventQueries events, EventCards cards, EventService eventService, PartnerRepository partners) {
        this.events = events;
        this.cards = cards;
        this.eventService = eventService;
        this.partners = partners;
    }

    /** @throws BadParameterException when the filter names a partner the corpus does not have */
    @Transactional(readOnly = true)
    public ItemPage<EventItem> page(TimelineFilter filter, int page, int size) {
        if (!filter.partners().isEmpty()) {
            partners.refsKnowing("partner", filter.partners());
        }
        PageWindow window = new PageWindow(filter.href(), page, size, events.countMatching(filter));
        // A page past the end is empty but still answers the total; there is nothing to look up.
        List<EventCard> cards = window.pastEnd() ? List.of() : this.cards.matching(filter, window.rows());
        return ItemPage.of(cards, EventItem::of, window,
                UriComponentsBuilder.fromUriString(filter.href()).replacePath(Section.EVENTS.api()).build().toUriString());
    }

    /** @throws org.beachhead.common.NotFoundException when no event has this slug */
    public EventItem event(String slug) {
        EventPage page = eventService.event(slug);
        return EventItem.of(page.card(), LinkedClaimItem.of(page.linked()));
    }
}
