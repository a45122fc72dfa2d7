package org.beachhead.title;

import org.beachhead.common.BadParameterException;
import org.beachhead.common.ListPage;
import org.beachhead.common.NotFoundException;
import org.beachhead.common.OffsetWindow;
import org.beachhead.common.PageWindow;
import org.beachhead.common.Slice;
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

    /**
     * The {@code page}-th page of the titles index, by name ignoring case, then by slug.
     *
     * @throws BadParameterException when the index has no such page
     */
    @Transactional(readOnly = true)
    public ListPage<TitleSummary> index(int page) {
        return ListPage.of("/titles", page, INDEX_PAGE_SIZE, titles.count(),
                window -> titles.summaries(OffsetWindow.of(window)));
    }

    /**
     * At most {@code size} titles from position {@code offset} (from 0; none past the end), in the
     * index's order, with how many there are in all: for the API.
     */
    @Transactional(readOnly = true)
    public Slice<TitleSummary> slice(long offset, int size) {
        return Slice.of(offset, size, titles.count(), (first, max) -> titles.summaries(new OffsetWindow(first, max)));
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
        PageWindow eventPages = PageWindow.of("/titles/" + slug, page, title.events(), EventCards.PAGE_SIZE);
        return new TitlePage(title, deals.involvingTitle(slug, DealSummary.EVENTS_ON_CARD),
                cards.involving(EventCards.Association.TITLE, slug, eventPages).cards(), eventPages,
                mentions.about("title", slug));
    }
}
