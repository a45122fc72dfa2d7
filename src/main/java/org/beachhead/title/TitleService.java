package org.beachhead.title;

import org.beachhead.common.BadParameterException;
import org.beachhead.common.NotFoundException;
import org.beachhead.common.PageWindow;
import org.beachhead.deal.DealQueries;
import org.beachhead.deal.DealSummary;
import org.beachhead.source.MentionQueries;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.EventCards;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
public class TitleService {

    private final TitleQueries titles;
    private final DealQueries deals;
    private final EventCards cards;
    private final MentionQueries mentions;

    TitleService(TitleQueries titles, DealQueries deals, EventCards cards, MentionQueries mentions) {
        this.mentions = mentions;
        this.titles = titles;
        this.deals = deals;
        this.cards = cards;
    }

    public record TitlePage(TitleSummary title, List<DealSummary> deals, List<EventCard> events, PageWindow eventPages,
                            MentionQueries.Mentions mentions) {
    }

    /** Titles the titles index shows a page. */
    static final int INDEX_PAGE_SIZE = 100;

    /** A page of the titles index, with its window over the whole list. */
    public record TitleList(List<TitleSummary> items, PageWindow pages) {
    }

    /** Page {@code page} of the titles index (by name ignoring case, then by slug), {@code size} a page; nothing is read past the end. */
    @Transactional(readOnly = true)
    public TitleList index(int page, int size) {
        PageWindow window = new PageWindow("/titles", page, size, titles.count());
        return new TitleList(window.pastEnd() ? List.of() : titles.summaries(window.rows()), window);
    }

    /**
     * A title's page, with the {@code page}-th page of its events.
     *
     * @throws NotFoundException     when no title has this slug
     * @throws BadParameterException when its events have no such page
     */
    @Transactional(readOnly = true)
    public TitlePage title(String slug, int page) {
        TitleSummary title = titles.summary(slug).orElseThrow(() -> new NotFoundException("title", slug));
        PageWindow eventPages = new PageWindow("/titles/" + slug, page, EventCards.PAGE_SIZE, title.events()).existing();
        return new TitlePage(title, deals.involvingTitle(slug, DealSummary.EVENTS_ON_CARD),
                cards.involving(EventCards.Association.TITLE, slug, eventPages).cards(), eventPages,
                mentions.about("title", slug));
    }
}
