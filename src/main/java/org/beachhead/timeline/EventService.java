package org.beachhead.timeline;

import jakarta.persistence.EntityManager;
import org.beachhead.common.NotFoundException;
import org.beachhead.model.RuleRepository;
import org.beachhead.model.RuleRef;
import org.beachhead.source.ExcerptView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
public class EventService {

    private final EntityManager entityManager;
    private final EventCards cards;
    private final RuleRepository rules;

    public EventService(EntityManager entityManager, EventCards cards, RuleRepository rules) {
        this.rules = rules;
        this.entityManager = entityManager;
        this.cards = cards;
    }

    /** @throws NotFoundException when no event has this slug */
    @Transactional(readOnly = true)
    public EventPage event(String slug) {
        EventCards.Cards read = cards.bySlug(slug).orElseThrow(() -> new NotFoundException("event", slug));
        EventCard card = read.cards().get(0);
        ExcerptView dateExcerpt = read.excerpts().dating().getOrDefault(card.id(), List.of()).stream()
                .findFirst().orElse(null);

        List<RuleRef> rules = this.rules.involvedIn(card.id());

        List<EventPage.CitedArticle> articles = entityManager.createQuery("""
                        select distinct new org.beachhead.timeline.EventPage$CitedArticle(a.slug, a.headline,
                               a.headlineSupplied, a.publisher, a.published, a.publishedBasis, a.publishedNote, a.publishedQuote)
                        from Excerpt x join x.article a where x.event.id = :id""", EventPage.CitedArticle.class)
                .setParameter("id", card.id()).getResultList();

        return new EventPage(card, dateExcerpt, rules, articles);
    }
}
