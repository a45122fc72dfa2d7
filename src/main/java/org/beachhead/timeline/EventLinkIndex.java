package org.beachhead.timeline;

import org.beachhead.common.EntityRef;
import org.beachhead.common.Text;
import org.beachhead.corpus.CorpusChange;
import org.beachhead.corpus.ImportOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What every event involves (its parties, the organisations in its other roles, titles, regulators
 * and people), read in seven plain statements when a corpus is imported and replaced whole by the
 * next import; a saved change re-reads only the events it rewrote. Every page of event cards looks its links up here: read per page, they were either a
 * union that cost most of a page's statements' time, or five more statements per page. A partner's
 * page finds its events and the people named in them here too.
 */
@Component
public class EventLinkIndex {

    private static final Comparator<EntityRef> BY_NAME = Comparator.comparing(ref -> ref.name().toLowerCase());
    private static final Comparator<RoleRef> BY_ROLE_THEN_NAME = Comparator.comparing(RoleRef::role)
            .thenComparing(RoleRef::partner, BY_NAME);

    /** An event's links, each list in the order a card shows it. */
    record Involved(List<EntityRef> partners, List<RoleRef> others, List<EntityRef> titles, List<EntityRef> regulators,
                    List<EntityRef> people) {

        static final Involved NOTHING = new Involved(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Someone named in a partner's events, and in how many of them. */
    public record NamedPerson(EntityRef person, Text role, long events) {
    }

    /**
     * Every event's links; the events of each partner as a party and in any role; each person's role; events' ids; each
     * event's place in reading order, oldest first.
     */
    private record Index(Map<Long, Involved> byEvent, Map<String, Set<Long>> asParty, Map<String, Set<Long>> inAnyRole,
                         Map<String, Text> personRoles, Map<String, Long> ids, Map<Long, Integer> places) {
    }

    /** The links read for some events, or for all. */
    private record Links(List<EventLink> partners, List<EventLink> titles, List<EventLink> regulators,
                         List<EventLink> people, List<EventLink.InRole> others) {
    }

    private final EventRows rows;
    private volatile Index index;

    EventLinkIndex(EventRows rows) {
        this.rows = rows;
    }

    /** Before the caches are emptied (they listen last), so no page is kept that was drawn with the old links. */
    @EventListener
    @Order(0)
    void corpusImported(ImportOutcome outcome) {
        Index before = index;
        index = before == null || outcome.part().isEmpty() ? read() : updated(before, outcome.part().get());
    }

    /** The links of one event; none for an event the index does not know. */
    Involved of(long eventId) {
        return current().byEvent().getOrDefault(eventId, Involved.NOTHING);
    }

    /**
     * The events a partner takes part in, as a party or in another role, oldest first; none for an unknown partner. An
     * event without a place (removed by another instance between the two reads of an update) goes last, and its row is
     * then not found.
     */
    List<Long> eventsOfPartner(String slug) {
        Index read = current();
        return read.inAnyRole().getOrDefault(slug, Set.of()).stream()
                .sorted(Comparator.comparing(id -> read.places().getOrDefault(id, Integer.MAX_VALUE))).toList();
    }

    /** The people named in the events where a partner is a party, each with in how many, in no order. */
    public List<NamedPerson> peopleInEventsOf(String partnerSlug) {
        Index read = current();
        Map<EntityRef, Long> counts = new HashMap<>();
        read.asParty().getOrDefault(partnerSlug, Set.of())
                .forEach(id -> read.byEvent().get(id).people().forEach(person -> counts.merge(person, 1L, Long::sum)));
        return counts.entrySet().stream()
                .map(count -> new NamedPerson(count.getKey(), read.personRoles().get(count.getKey().slug()), count.getValue()))
                .toList();
    }

    private Index current() {
        Index read = index;
        if (read == null) {
            // No import has run: a start whose corpus was refused serves the database's corpus as it is.
            read = index = read();
        }
        return read;
    }

    private Index read() {
        Map<String, Text> personRoles = new HashMap<>();
        rows.personRoles().forEach(person -> personRoles.put(person.slug(), person.role()));
        Map<String, Long> ids = new HashMap<>();
        rows.eventIds().forEach(event -> ids.put(event.slug(), event.id()));
        return index(new Links(rows.partnersOfEvents(), rows.titlesOfEvents(), rows.regulatorsOfEvents(),
                rows.peopleOfEvents(), rows.othersInEvents()), personRoles, ids, places());
    }

    /** Each event's place in reading order: read whole again after a change, which may have moved or added events. */
    private Map<Long, Integer> places() {
        List<Long> oldestFirst = rows.idsOldestFirst();
        Map<Long, Integer> places = new HashMap<>(oldestFirst.size() * 2);
        for (int place = 0; place < oldestFirst.size(); place++) {
            places.put(oldestFirst.get(place), place);
        }
        return places;
    }

    /**
     * The index with the events a change rewrote read again and those it removed dropped. The people's roles
     * stay: a change that is applied in place rewrites events and articles only.
     */
    private Index updated(Index before, CorpusChange change) {
        Map<String, Long> ids = new HashMap<>(before.ids());
        Set<Long> stale = new HashSet<>();
        change.removedEvents().forEach(slug -> {
            Long id = ids.remove(slug);
            if (id != null) {
                stale.add(id);
            }
        });
        Set<String> written = change.events();
        if (!written.isEmpty()) {
            rows.eventIds(written).forEach(event -> {
                ids.put(event.slug(), event.id());
                stale.add(event.id());
            });
        }
        Map<Long, Involved> byEvent = new HashMap<>(before.byEvent());
        Map<String, Set<Long>> asParty = deepCopy(before.asParty());
        Map<String, Set<Long>> inAnyRole = deepCopy(before.inAnyRole());
        for (Long id : stale) {
            Involved old = byEvent.remove(id);
            if (old != null) {
                old.partners().forEach(ref -> {
                    asParty.getOrDefault(ref.slug(), new HashSet<>()).remove(id);
                    inAnyRole.getOrDefault(ref.slug(), new HashSet<>()).remove(id);
                });
                old.others().forEach(ref -> inAnyRole.getOrDefault(ref.partner().slug(), new HashSet<>()).remove(id));
            }
        }
        if (!written.isEmpty()) {
            Index part = index(new Links(rows.partnersOfEvents(written), rows.titlesOfEvents(written),
                    rows.regulatorsOfEvents(written), rows.peopleOfEvents(written), rows.othersInEvents(written)),
                    before.personRoles(), Map.of(), Map.of());
            byEvent.putAll(part.byEvent());
            part.asParty().forEach((slug, events) -> asParty.computeIfAbsent(slug, key -> new HashSet<>()).addAll(events));
            part.inAnyRole().forEach((slug, events) -> inAnyRole.computeIfAbsent(slug, key -> new HashSet<>()).addAll(events));
        }
        return new Index(byEvent, asParty, inAnyRole, before.personRoles(), ids, places());
    }

    private static Map<String, Set<Long>> deepCopy(Map<String, Set<Long>> events) {
        Map<String, Set<Long>> copy = new HashMap<>();
        events.forEach((slug, ids) -> copy.put(slug, new HashSet<>(ids)));
        return copy;
    }

    private static Index index(Links links, Map<String, Text> personRoles, Map<String, Long> ids,
                               Map<Long, Integer> places) {
        Map<Long, List<EntityRef>> partners = byEvent(links.partners());
        Map<Long, List<EntityRef>> titles = byEvent(links.titles());
        Map<Long, List<EntityRef>> regulators = byEvent(links.regulators());
        Map<Long, List<EntityRef>> people = byEvent(links.people());
        Map<String, EntityRef> shared = new HashMap<>();
        Map<Long, List<RoleRef>> others = new HashMap<>();
        links.others().forEach(link -> others.computeIfAbsent(link.eventId(), id -> new ArrayList<>())
                .add(new RoleRef(shared.computeIfAbsent(link.slug(), slug -> link.asRef()), link.role())));
        others.replaceAll((id, refs) -> refs.stream().sorted(BY_ROLE_THEN_NAME).toList());

        Map<Long, Involved> byEvent = new HashMap<>();
        Function<Long, Involved> involved = id -> new Involved(partners.getOrDefault(id, List.of()),
                others.getOrDefault(id, List.of()), titles.getOrDefault(id, List.of()),
                regulators.getOrDefault(id, List.of()), people.getOrDefault(id, List.of()));
        for (Map<Long, ?> ofKind : List.of(partners, titles, regulators, people, others)) {
            ofKind.keySet().forEach(id -> byEvent.computeIfAbsent(id, involved));
        }
        Map<String, Set<Long>> asParty = new HashMap<>();
        partners.forEach((id, refs) -> refs.forEach(ref -> asParty.computeIfAbsent(ref.slug(), slug -> new HashSet<>()).add(id)));
        Map<String, Set<Long>> inAnyRole = new HashMap<>();
        asParty.forEach((slug, events) -> inAnyRole.put(slug, new HashSet<>(events)));
        others.forEach((id, refs) -> refs.forEach(ref -> inAnyRole.computeIfAbsent(ref.partner().slug(), slug -> new HashSet<>()).add(id)));
        return new Index(byEvent, asParty, inAnyRole, personRoles, ids, places);
    }

    /** Links by event, each event's sorted by name ignoring case; one reference per thing linked, shared by its events. */
    private static Map<Long, List<EntityRef>> byEvent(List<EventLink> links) {
        Map<String, EntityRef> shared = new HashMap<>();
        Map<Long, List<EntityRef>> byEvent = new HashMap<>();
        links.forEach(link -> byEvent.computeIfAbsent(link.eventId(), id -> new ArrayList<>())
                .add(shared.computeIfAbsent(link.slug(), slug -> link.ref())));
        byEvent.replaceAll((id, refs) -> refs.stream().sorted(BY_NAME).toList());
        return byEvent;
    }
}
