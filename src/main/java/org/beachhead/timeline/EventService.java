package org.beachhead.timeline;

import jakarta.persistence.EntityManager;
import org.beachhead.common.NotFoundException;
import org.beachhead.regulator.RuleQueries;
import org.beachhead.regulator.RuleRef;
import org.beachhead.source.ExcerptPurpose;
import org.beachhead.source.ExcerptQueries;
import org.beachhead.source.ExcerptView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
public class EventService {

    private final EntityManager entityManager;
    private final EventCards cards;
    private final ExcerptQueries excerpts;
    private final RuleQueries rules;

    public EventService(EntityManager entityManager, EventCards cards, ExcerptQueries excerpts,
                        RuleQueries rules) {
        this.rules = rules;
        this.entityManager = entityManager;
        this.cards = cards;
        this.excerpts = excerpts;
    }

    /** @throws NotFoundException when no event has this slug */
    @Transactional(readOnly = true)
    public EventPage event(String slug) {
        long id = entityManager.createQuery("select e.id from Event e where e.slug = :slug", Long.class)
                .setParameter("slug", slug).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("event", slug));
        EventCard card = cards.forIds(List.of(id)).get(0);

        ExcerptView dateExcerpt = excerpts.forEvents(List.of(id), ExcerptPurpose.DATING)
                .getOrDefault(id, List.of()).stream().findFirst().orElse(null);

        List<RuleRef> rules = this.rules.involvedIn(id);

        List<EventPage.CitedArticle> articles = entityManager.createQuery("""
                        select distinct new org.beachhead.timeline.EventPage$CitedArticle(a.slug, a.headline,
                               a.headlineSupplied, a.publisher, a.published, a.publishedBasis, a.publishedNote, a.publishedQuote)
                        from Excerpt x join x.article a where x.event.id = :id""", EventPage.CitedArticle.class)
                .setParameter("id", id).getResultList();

        return new EventPage(card, dateExcerpt, rules, articles);
    }
}
