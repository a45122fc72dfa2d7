package org.beachhead.title;

import jakarta.persistence.EntityManager;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.NotFoundException;
import org.beachhead.common.PageWindow;
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

    private static final String SUMMARY = """
            select new org.beachhead.title.TitleSummary(t.slug, t.name, t.chineseName, t.format, t.origin, t.episodes,
                t.summary, (select count(e) from Event e join e.titles et where et = t))
            from Title t""";

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

    @Transactional(readOnly = true)
    public List<TitleSummary> all() {
        return entityManager.createQuery(SUMMARY + " order by lower(t.name)", TitleSummary.class).getResultList();
    }

    /**
     * A title's page, with the {@code page}-th page of its events.
     *
     * @throws NotFoundException     when no title has this slug
     * @throws BadParameterException when its events have no such page
     */
    @Transactional(readOnly = true)
    public TitlePage title(String slug, int page) {
        TitleSummary title = entityManager.createQuery(SUMMARY + " where t.slug = :slug", TitleSummary.class)
                .setParameter("slug", slug).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("title", slug));
        PageWindow eventPages = PageWindow.of("/titles/" + slug, page, title.events(), EventCards.PAGE_SIZE);
        return new TitlePage(title, deals.involvingTitle(slug), cards.involving("titles", slug, eventPages, ExcerptQueries.Also.NOTHING).cards(), eventPages,
                mentions.about("title", slug));
    }
}
