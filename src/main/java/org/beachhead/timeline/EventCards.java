package org.beachhead.timeline;

import org.beachhead.model.EventKind;
import org.beachhead.model.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.DateBasis;
import org.beachhead.common.EntityRef;
import org.beachhead.common.PageWindow;
import org.beachhead.common.PartialDate;
import org.beachhead.source.ExcerptQueries;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    private static final Set<String> LINK_KINDS = Set.of("partner", "title", "regulator", "person");

    /** Events a page of a partner, title, regulator, person or deal lists at a time; the timeline shows more. */
    public static final int PAGE_SIZE = 50;

    /** An event's own columns and its deal; {@link #cards} reads them in this order. */
    private static final String SELECT = """
            select e.id, e.slug, e.kind, e.headline, e.date, e.datedBy, e.dateNote, d.slug, d.name
            from Event e left join e.deal d""";

    private final EntityManager entityManager;
    private final ExcerptQueries excerpts;
    private final EventQueries events;

    public EventCards(EntityManager entityManager, ExcerptQueries excerpts, EventQueries events) {
        this.entityManager = entityManager;
        this.excerpts = excerpts;
        this.events = events;
    }

    /**
     * Event cards, the other excerpts read in the same query as their evidence (see {@link ExcerptQueries.Also})
     * and the rows of {@link Owner#alsoLinks} read with their links, by kind.
     */
    public record Cards(List<EventCard> cards, ExcerptQueries.Excerpts excerpts, Map<String, List<Object[]>> alsoLinked) {
    }

    /** No more rows to read with the links: see {@link Owner#alsoLinks}. */
    private static final String NO_MORE_LINKS = null;

    /** Cards of every event the filter matches, in its order. Call inside a read-only transaction. */
    public List<EventCard> matching(TimelineFilter filter) {
        return cards(events.matching(SELECT, filter, Object[].class).getResultList(), ExcerptQueries.Also.NOTHING,
                NO_MORE_LINKS, null).cards();
    }

    /**
     * One page of {@link #matching(TimelineFilter)}: at most {@code limit} cards from position {@code offset}
     * (from 0), the events read with their page, no list of ids first.
     */
    public List<EventCard> matching(TimelineFilter filter, int offset, int limit) {
        return cards(events.matching(SELECT, filter, Object[].class).setFirstResult(offset).setMaxResults(limit)
                .getResultList(), ExcerptQueries.Also.NOTHING, NO_MORE_LINKS, null).cards();
    }

    /** The card of one event, with the words that date it; empty when no event has this slug. */
    public Optional<Cards> bySlug(String slug) {
        List<Object[]> rows = entityManager.createQuery(SELECT + " where e.slug = :slug", Object[].class)
                .setParameter("slug", slug).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(cards(rows, ExcerptQueries.Also.datingWords(), NO_MORE_LINKS, null));
    }

    /**
     * One page of the cards of a partner's, title's, regulator's or person's events ({@code association}
     * names the event's collection), oldest first: the events are read with their page, no list of ids first.
     */
    public Cards involving(String association, String slug, PageWindow window, ExcerptQueries.Also also) {
        return cards(entityManager.createQuery(SELECT + " join e." + association + " x where x.slug = :slug"
                        + EventQueries.ASCENDING, Object[].class)
                .setParameter("slug", slug).setFirstResult(window.offset()).setMaxResults(window.size())
                .getResultList(), also, NO_MORE_LINKS, null);
    }

    /**
     * Whose events a page lists, and what of it the page reads with them: {@code header} are columns of
     * {@code entity} (aliased {@code alias}; subqueries among them must not use the aliases {@code e} and
     * {@code d}), the one at {@code eventCount} its number of events; {@code href} is its page's address
     * without the slug. {@code alsoLinks} (or null) are more rows the page reads in the same statement
     * as its events' links, to save one: a JPQL union of selects of the links' columns (a number, a kind
     * other than the links', a slug, a name, a text) given the owner's slug as parameter {@code owner}.
     */
    public record Owner(String entity, String alias, String association, List<String> header, int eventCount, String href,
                        String alsoLinks) {
    }

    /** The owner's header columns, the window its events' page makes and that page's cards. */
    public record OwnedCards(Object[] header, PageWindow window, Cards cards) {
    }

    /**
     * The {@code page}-th page of an owner's events with the owner's own columns in the same query
     * (a row per event, or one row without an event), and their links and excerpts: three statements.
     *
     * @throws BadParameterException when the owner's events have no such page
     */
    public Optional<OwnedCards> ofOwner(Owner owner, String slug, int page, ExcerptQueries.Also also) {
        int headerColumns = owner.header().size();
        List<Object[]> rows = ownedRows(owner, slug, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        if (rows.isEmpty() && page > 1) {
            // Past the last page, or no such owner: its header alone tells which.
            rows = ownedRows(owner, slug, 0, 1);
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] header = Arrays.copyOf(rows.get(0), headerColumns);
        PageWindow window = PageWindow.of(owner.href() + slug, page, (Long) header[owner.eventCount()], PAGE_SIZE);
        List<Object[]> events = rows.stream().filter(row -> row[headerColumns] != null)
                .map(row -> Arrays.copyOfRange(row, headerColumns, row.length)).toList();
        return Optional.of(new OwnedCards(header, window, cards(events, also, owner.alsoLinks(), slug)));
    }

    private List<Object[]> ownedRows(Owner owner, String slug, int offset, int limit) {
        String columns = SELECT.substring("select".length(), SELECT.indexOf("from"));
        return entityManager.createQuery("select " + String.join(", ", owner.header()) + ", " + columns
                        + " from " + owner.entity() + " " + owner.alias() + " left join Event e on " + owner.alias()
                        + " member of e." + owner.association() + " left join e.deal d where " + owner.alias()
                        + ".slug = :slug" + EventQueries.ASCENDING, Object[].class)
                .setParameter("slug", slug).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** One page of a deal's event cards, oldest first. */
    public List<EventCard> ofDeal(String dealSlug, PageWindow window) {
        return cards(entityManager.createQuery(SELECT + " where d.slug = :slug" + EventQueries.ASCENDING, Object[].class)
                .setParameter("slug", dealSlug).setFirstResult(window.offset()).setMaxResults(window.size())
                .getResultList(), ExcerptQueries.Also.NOTHING, NO_MORE_LINKS, null).cards();
    }

    /**
     * Cards for events read with {@link #SELECT}, in their order: their links (and {@code alsoLinks} of {@code owner}) in one
     * more query, their evidence and what {@code also} asks for in another.
     */
    private Cards cards(List<Object[]> events, ExcerptQueries.Also also, String alsoLinks, String owner) {
        List<Long> ids = events.stream().map(row -> (Long) row[0]).toList();
        ExcerptQueries.Excerpts excerpts = this.excerpts.forEvents(ids, also);
        List<String> selects = new ArrayList<>();
        if (!ids.isEmpty()) {
            selects.add(LINKS);
        }
        if (alsoLinks != null) {
            selects.add(alsoLinks);
        }
        if (selects.isEmpty()) {
            return new Cards(List.of(), excerpts, Map.of());
        }
        TypedQuery<Object[]> query = entityManager.createQuery(String.join(" union all ", selects), Object[].class);
        if (!ids.isEmpty()) {
            query.setParameter("ids", ids);
        }
        if (alsoLinks != null) {
            query.setParameter("owner", owner);
        }
        Map<Long, Map<String, List<EntityRef>>> links = new HashMap<>();
        Map<String, List<Object[]>> alsoLinked = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            String kind = (String) row[1];
            if (LINK_KINDS.contains(kind)) {
                links.computeIfAbsent((Long) row[0], id -> new HashMap<>()).computeIfAbsent(kind, key -> new ArrayList<>())
                        .add(new EntityRef((String) row[2], (String) row[3], (String) row[4]));
            } else {
                alsoLinked.computeIfAbsent(kind, key -> new ArrayList<>()).add(row);
            }
        }

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
        return new Cards(cards, excerpts, alsoLinked);
    }

    private static List<EntityRef> sorted(List<EntityRef> refs) {
        if (refs == null) {
            return List.of();
        }
        return refs.stream().sorted(Comparator.comparing(ref -> ref.name().toLowerCase())).toList();
    }
}
