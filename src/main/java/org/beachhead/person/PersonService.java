package org.beachhead.person;

import org.beachhead.common.BadParameterException;
import org.beachhead.common.NotFoundException;
import org.beachhead.common.PageWindow;
import org.beachhead.source.MentionQueries;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.EventCards;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;

@Service
public class PersonService {

    private final PersonQueries people;
    private final EventCards cards;
    private final MentionQueries mentions;

    PersonService(PersonQueries people, EventCards cards, MentionQueries mentions) {
        this.people = people;
        this.cards = cards;
        this.mentions = mentions;
    }

    /** A person's page: what they said and did, oldest first, so a change of stance shows at a glance. */
    public record PersonPage(PersonSummary person, List<String> aliases, List<EventCard> events, PageWindow eventPages,
                             MentionQueries.Mentions mentions) {

        /** The events of this page that quote them, oldest first: their stance over time, for the first screen. */
        public List<EventCard> stance() {
            return events.stream().filter(event -> event.claim().speaker() != null
                    && event.claim().speaker().slug().equals(person.slug())).toList();
        }
    }

    /** People the people index shows a page. */
    static final int INDEX_PAGE_SIZE = 100;

    /** A page of the people index, with its window over the whole list. */
    public record PersonList(List<PersonSummary> items, PageWindow pages) {
    }

    /** Page {@code page} of the people index (by name, then by slug), {@code size} a page; nothing is read past the end. */
    @Transactional(readOnly = true)
    public PersonList index(int page, int size) {
        PageWindow window = new PageWindow("/people", page, size, people.count());
        return new PersonList(window.pastEnd() ? List.of() : people.summaries(window.rows()), window);
    }

    /**
     * A person's page, with the {@code page}-th page of their events.
     *
     * @throws NotFoundException     when no person has this slug
     * @throws BadParameterException when their events have no such page
     */
    @Transactional(readOnly = true)
    public PersonPage person(String slug, int page) {
        List<PersonQueries.PersonAlias> head = people.withAliases(slug);
        if (head.isEmpty()) {
            throw new NotFoundException("person", slug);
        }
        PersonSummary person = head.get(0).person();
        List<String> aliases = head.stream().map(PersonQueries.PersonAlias::alias).filter(Objects::nonNull).toList();
        PageWindow eventPages = new PageWindow("/people/" + slug, page, EventCards.PAGE_SIZE, person.events()).existing();
        return new PersonPage(person, aliases, cards.involving(EventCards.Association.PERSON, slug, eventPages).cards(),
                eventPages, mentions.about("person", slug));
    }
}
