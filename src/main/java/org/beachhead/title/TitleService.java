package org.beachhead.title;

import jakarta.persistence.EntityManager;
import org.beachhead.common.NotFoundException;
import org.beachhead.deal.DealQueries;
import org.beachhead.deal.DealSummary;
import org.beachhead.source.MentionQueries;
import org.beachhead.source.MentionView;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.EventCards;
import org.beachhead.timeline.EventQueries;
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
    private final EventQueries events;
    private final EventCards cards;
    private final MentionQueries mentions;

    public TitleService(EntityManager entityManager, DealQueries deals, EventQueries events, EventCards cards,
                        MentionQueries mentions) {
        this.mentions = mentions;
        this.entityManager = entityManager;
        this.deals = deals;
        this.events = events;
        this.cards = cards;
    }

    public record TitlePage(TitleSummary title, List<DealSummary> deals, List<EventCard> events,
                            List<MentionView> mentions) {
    }

    @Transactional(readOnly = true)
    public List<TitleSummary> all() {
        return entityManager.createQuery(SUMMARY + " order by lower(t.name)", TitleSummary.class).getResultList();
    }

    /** @throws NotFoundException when no title has this slug */
    @Transactional(readOnly = true)
    public TitlePage title(String slug) {
        TitleSummary title = entityManager.createQuery(SUMMARY + " where t.slug = :slug", TitleSummary.class)
                .setParameter("slug", slug).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("title", slug));
        return new TitlePage(title, deals.involvingTitle(slug), cards.forIds(events.idsInvolving("titles", slug)),
                mentions.about("title", slug));
    }
}
