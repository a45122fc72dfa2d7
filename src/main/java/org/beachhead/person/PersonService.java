package org.beachhead.person;

import org.beachhead.model.Person;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.ListPage;
import org.beachhead.common.NotFoundException;
import org.beachhead.common.PageWindow;
import org.beachhead.common.Slice;
import org.beachhead.source.ExcerptQueries;
import org.beachhead.source.MentionQueries;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.EventCards;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;

@Service
public class PersonService {

    private static final String SUMMARY = """
            select new org.beachhead.person.PersonSummary(m.slug, m.name, m.role,
                (select count(e) from Event e join e.people ep where ep = m))
            from Person m""";

    private final EntityManager entityManager;
    private final EventCards cards;
    private final MentionQueries mentions;

    public PersonService(EntityManager entityManager, EventCards cards, MentionQueries mentions) {
        this.entityManager = entityManager;
        this.cards = cards;
        this.mentions = mentions;
    }

    /** A person's page: what they said and did, oldest first, so a change of stance shows at a glance. */
    public record PersonPage(PersonSummary person, List<String> aliases, List<EventCard> events, PageWindow eventPages,
                             MentionQueries.Mentions mentions) {
    }

    /** People the people index shows a page. */
    static final int INDEX_PAGE_SIZE = 100;

    /**
     * The {@code page}-th page of the people index, by name, then by slug.
     *
     * @throws BadParameterException when the index has no such page
     */
    @Transactional(readOnly = true)
    public ListPage<PersonSummary> index(int page) {
        return ListPage.of("/people", page, INDEX_PAGE_SIZE, count(), summaries());
    }

    /**
     * At most {@code size} people from position {@code offset} (from 0; none past the end), in the
     * index's order, with how many there are in all: for the API.
     */
    @Transactional(readOnly = true)
    public Slice<PersonSummary> slice(long offset, int size) {
        return Slice.of(offset, size, count(), summaries());
    }

    private TypedQuery<Long> count() {
        return entityManager.createQuery("select count(m) from Person m", Long.class);
    }

    private TypedQuery<PersonSummary> summaries() {
        return entityManager.createQuery(SUMMARY + " order by m.name, m.slug", PersonSummary.class);
    }

    /**
     * A person's page, with the {@code page}-th page of their events.
     *
     * @throws NotFoundException     when no person has this slug
     * @throws BadParameterException when their events have no such page
     */
    @Transactional(readOnly = true)
    public PersonPage person(String slug, int page) {
        // The person with their aliases in one query, a row per alias.
        List<Object[]> rows = entityManager.createQuery("""
                        select m.slug, m.name, m.role, (select count(e) from Event e join e.people ep where ep = m), a
                        from Person m left join m.aliases a where m.slug = :slug order by a""", Object[].class)
                .setParameter("slug", slug).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("person", slug);
        }
        Object[] first = rows.get(0);
        PersonSummary person = new PersonSummary((String) first[0], (String) first[1], (String) first[2], (Long) first[3]);
        List<String> aliases = rows.stream().map(row -> (String) row[4]).filter(Objects::nonNull).toList();
        PageWindow eventPages = PageWindow.of("/people/" + slug, page, person.events(), EventCards.PAGE_SIZE);
        return new PersonPage(person, aliases, cards.involving("people", slug, eventPages, ExcerptQueries.Also.NOTHING).cards(),
                eventPages, mentions.about("person", slug));
    }
}
