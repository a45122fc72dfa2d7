package org.beachhead.title;

import org.beachhead.model.TitleFormat;
import org.beachhead.model.Title;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.ListPage;
import org.beachhead.common.NotFoundException;
import org.beachhead.common.PageWindow;
import org.beachhead.common.Slice;
import org.beachhead.deal.DealQueries;
import org.beachhead.deal.DealSummary;
import org.beachhead.source.ExcerptQueries;
import org.beachhead.source.MentionQueries;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.EventCards;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
public class TitleService {

    /** A title's columns as {@link #summaryOf} reads them; the eighth is its number of events. */
    private static final List<String> COLUMNS = List.of("t.slug", "t.name", "t.chineseName", "t.format", "t.origin",
            "t.episodes", "t.summary", "(select count(te) from Event te join te.titles tet where tet = t)");
    private static final String SUMMARY = "select new org.beachhead.title.TitleSummary(" + String.join(", ", COLUMNS)
            + ") from Title t";
    private static final EventCards.Owner OWNER = new EventCards.Owner("Title", "t", "titles", COLUMNS, COLUMNS.size() - 1, "/titles/", null);

    private final EntityManager entityManager;
    private final DealQueries deals;
    private final EventCards cards;
    private final MentionQueries mentions;

    public TitleService(EntityManager entityManager, DealQueries deals, EventCards cards,
                        MentionQueries mentions) {
        this.mentions = mentions;
        this.entityManager = entityManager;
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
        return ListPage.of("/titles", page, INDEX_PAGE_SIZE, count(), summaries());
    }

    /**
     * At most {@code size} titles from position {@code offset} (from 0; none past the end), in the
     * index's order, with how many there are in all: for the API.
     */
    @Transactional(readOnly = true)
    public Slice<TitleSummary> slice(long offset, int size) {
        return Slice.of(offset, size, count(), summaries());
    }

    private TypedQuery<Long> count() {
        return entityManager.createQuery("select count(t) from Title t", Long.class);
    }

    private TypedQuery<TitleSummary> summaries() {
        return entityManager.createQuery(SUMMARY + " order by lower(t.name), t.slug", TitleSummary.class);
    }

    /**
     * A title's page, with the {@code page}-th page of its events.
     *
     * @throws NotFoundException     when no title has this slug
     * @throws BadParameterException when its events have no such page
     */
    @Transactional(readOnly = true)
    public TitlePage title(String slug, int page) {
        EventCards.OwnedCards owned = cards.ofOwner(OWNER, slug, page, ExcerptQueries.Also.NOTHING)
                .orElseThrow(() -> new NotFoundException("title", slug));
        return new TitlePage(summaryOf(owned.header()), deals.involvingTitle(slug, DealSummary.EVENTS_ON_CARD),
                owned.cards().cards(), owned.window(), mentions.about("title", slug));
    }

    private static TitleSummary summaryOf(Object[] row) {
        return new TitleSummary((String) row[0], (String) row[1], (String) row[2], (TitleFormat) row[3], (String) row[4],
                (String) row[5], (String) row[6], (Long) row[7]);
    }
}
