package org.beachhead.timeline;

import jakarta.persistence.EntityManager;
import org.beachhead.common.DateBasis;
import org.beachhead.common.EntityRef;
import org.beachhead.common.PageWindow;
import org.beachhead.common.PartialDate;
import org.beachhead.source.ExcerptQueries;
import org.beachhead.source.ExcerptView;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a list of event ids into {@link EventCard}s with a fixed number of queries (events,
 * links, excerpts) however many events there are: every page that lists events goes through here.
 */
@Component
public class EventCards {

    private static final String LINKS = """
            select e.id, 'partner', p.slug, p.name, p.chineseName from Event e join e.partners p where e.id in :ids
            union all
            select e.id, 'title', t.slug, t.name, t.chineseName from Event e join e.titles t where e.id in :ids
            union all
            select e.id, 'regulator', r.slug, coalesce(r.shortName, r.name), r.chineseName from Event e join e.regulators r where e.id in :ids
            union all
            select e.id, 'person', m.slug, m.name, cast(null as String) from Event e join e.people m where e.id in :ids
            """;

    /** Events a page of a partner, title, regulator, person or deal lists at a time; the timeline shows more. */
    public static final int PAGE_SIZE = 50;

    /** An event's own columns and its deal; {@link #cards} reads them in this order. */
    private static final String SELECT = """
            select e.id, e.slug, e.kind, e.headline, e.date, e.datedBy, e.dateNote, d.slug, d.name
            from Event e left join e.deal d""";

    private final EntityManager entityManager;
    private final ExcerptQueries excerpts;

    public EventCards(EntityManager entityManager, ExcerptQueries excerpts) {
        this.entityManager = entityManager;
        this.excerpts = excerpts;
    }

    /** Event cards, and the other excerpts read in the same query as their evidence (see {@link ExcerptQueries.Also}). */
    public record Cards(List<EventCard> cards, ExcerptQueries.Excerpts excerpts) {
    }

    /** Cards for the given events, in the order of {@code ids}. Call inside a read-only transaction. */
    public List<EventCard> forIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> events = new HashMap<>();
        entityManager.createQuery(SELECT + " where e.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> events.put((Long) row[0], row));
        return cards(ids.stream().map(events::get).toList(), ExcerptQueries.Also.NOTHING).cards();
    }

    /** The card of one event, with the words that date it; empty when no event has this slug. */
    public Optional<Cards> bySlug(String slug) {
        List<Object[]> rows = entityManager.createQuery(SELECT + " where e.slug = :slug", Object[].class)
                .setParameter("slug", slug).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(cards(rows, ExcerptQueries.Also.datingWords()));
    }

    /**
     * One page of the cards of a partner's, title's, regulator's or person's events ({@code association}
     * names the event's collection), oldest first: the events are read with their page, no list of ids first.
     */
    public Cards involving(String association, String slug, PageWindow window, ExcerptQueries.Also also) {
        return cards(entityManager.createQuery(SELECT + " join e." + association + " x where x.slug = :slug"
                        + EventQueries.ASCENDING, Object[].class)
                .setParameter("slug", slug).setFirstResult(window.offset()).setMaxResults(window.size())
                .getResultList(), also);
    }

    /** One page of a deal's event cards, oldest first. */
    public List<EventCard> ofDeal(String dealSlug, PageWindow window) {
        return cards(entityManager.createQuery(SELECT + " where d.slug = :slug" + EventQueries.ASCENDING, Object[].class)
                .setParameter("slug", dealSlug).setFirstResult(window.offset()).setMaxResults(window.size())
                .getResultList(), ExcerptQueries.Also.NOTHING).cards();
    }

    /**
     * Cards for events read with {@link #SELECT}, in their order: their links in one more query, their
     * evidence and what {@code also} asks for in another.
     */
    private Cards cards(List<Object[]> events, ExcerptQueries.Also also) {
        List<Long> ids = events.stream().map(row -> (Long) row[0]).toList();
        ExcerptQueries.Excerpts excerpts = this.excerpts.forEvents(ids, also);
        if (events.isEmpty()) {
            return new Cards(List.of(), excerpts);
        }
        Map<Long, Map<String, List<EntityRef>>> links = new HashMap<>();
        entityManager.createQuery(LINKS, Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> links.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                        .computeIfAbsent((String) row[1], kind -> new ArrayList<>())
                        .add(new EntityRef((String) row[2], (String) row[3], (String) row[4])));

        List<EventCard> cards = new ArrayList<>(ids.size());
        for (Object[] row : events) {
            Long id = (Long) row[0];
            Map<String, List<EntityRef>> eventLinks = links.getOrDefault(id, Map.of());
            cards.add(new EventCard(id, (String) row[1], (EventKind) row[2], (String) row[3], (PartialDate) row[4],
                    (DateBasis) row[5], (String) row[6],
                    row[7] == null ? null : new EntityRef((String) row[7], (String) row[8]),
                    sorted(eventLinks.get("partner")), sorted(eventLinks.get("title")),
                    sorted(eventLinks.get("regulator")), sorted(eventLinks.get("person")),
                    excerpts.evidence().getOrDefault(id, List.of())));
        }
        return new Cards(cards, excerpts);
    }

    private static List<EntityRef> sorted(List<EntityRef> refs) {
        if (refs == null) {
            return List.of();
        }
        return refs.stream().sorted(Comparator.comparing(ref -> ref.name().toLowerCase())).toList();
    }
}
