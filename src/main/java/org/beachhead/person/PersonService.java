package org.beachhead.person;

import jakarta.persistence.EntityManager;
import org.beachhead.common.NotFoundException;
import org.beachhead.source.MentionQueries;
import org.beachhead.source.MentionView;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.EventCards;
import org.beachhead.timeline.EventQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
public class PersonService {

    private static final String SUMMARY = """
            select new org.beachhead.person.PersonSummary(m.slug, m.name, m.role,
                (select count(e) from Event e join e.people ep where ep = m))
            from Person m""";

    private final EntityManager entityManager;
    private final EventQueries events;
    private final EventCards cards;
    private final MentionQueries mentions;

    public PersonService(EntityManager entityManager, EventQueries events, EventCards cards, MentionQueries mentions) {
        this.entityManager = entityManager;
        this.events = events;
        this.cards = cards;
        this.mentions = mentions;
    }

    /** A person's page: what they said and did, oldest first, so a change of stance shows at a glance. */
    public record PersonPage(PersonSummary person, List<String> aliases, List<EventCard> events,
                             List<MentionView> mentions) {
    }

    @Transactional(readOnly = true)
    public List<PersonSummary> all() {
        return entityManager.createQuery(SUMMARY + " order by m.name", PersonSummary.class).getResultList();
    }

    /** @throws NotFoundException when no person has this slug */
    @Transactional(readOnly = true)
    public PersonPage person(String slug) {
        PersonSummary person = entityManager.createQuery(SUMMARY + " where m.slug = :slug", PersonSummary.class)
                .setParameter("slug", slug).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("person", slug));
        List<String> aliases = entityManager.createQuery(
                        "select a from Person m join m.aliases a where m.slug = :slug order by a", String.class)
                .setParameter("slug", slug).getResultList();
        return new PersonPage(person, aliases, cards.forIds(events.idsInvolving("people", slug)),
                mentions.about("person", slug));
    }
}
