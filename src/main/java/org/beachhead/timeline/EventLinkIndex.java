package org.beachhead.timeline;

import org.beachhead.common.EntityRef;
import org.beachhead.corpus.ImportOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What every event involves (its parties, the organisations in its other roles, titles, regulators
 * and people), read in five plain statements when a corpus is imported and replaced whole by the
 * next import. Every page of event cards looks its links up here: read per page, they were either a
 * union that cost most of a page's statements' time, or five more statements per page.
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

    private final EventRows rows;
    private volatile Map<Long, Involved> byEvent;

    EventLinkIndex(EventRows rows) {
        this.rows = rows;
    }

    @EventListener
    void corpusImported(ImportOutcome outcome) {
        byEvent = read();
    }

    /** The links of one event; none for an event the index does not know. */
    Involved of(long eventId) {
        Map<Long, Involved> index = byEvent;
        if (index == null) {
            // No import has run: a start whose corpus was refused serves the database's corpus as it is.
            index = byEvent = read();
        }
        return index.getOrDefault(eventId, Involved.NOTHING);
    }

    private Map<Long, Involved> read() {
        Map<Long, List<EntityRef>> partners = byEvent(rows.partnersOfEvents());
        Map<Long, List<EntityRef>> titles = byEvent(rows.titlesOfEvents());
        Map<Long, List<EntityRef>> regulators = byEvent(rows.regulatorsOfEvents());
        Map<Long, List<EntityRef>> people = byEvent(rows.peopleOfEvents());
        Map<String, EntityRef> shared = new HashMap<>();
        Map<Long, List<RoleRef>> others = new HashMap<>();
        rows.othersInEvents().forEach(link -> others.computeIfAbsent(link.eventId(), id -> new ArrayList<>())
                .add(new RoleRef(shared.computeIfAbsent(link.slug(), slug -> link.asRef()), link.role())));
        others.replaceAll((id, refs) -> refs.stream().sorted(BY_ROLE_THEN_NAME).toList());

        Map<Long, Involved> index = new HashMap<>();
        Function<Long, Involved> involved = id -> new Involved(partners.getOrDefault(id, List.of()),
                others.getOrDefault(id, List.of()), titles.getOrDefault(id, List.of()),
                regulators.getOrDefault(id, List.of()), people.getOrDefault(id, List.of()));
        for (Map<Long, ?> links : List.of(partners, titles, regulators, people, others)) {
            links.keySet().forEach(id -> index.computeIfAbsent(id, involved));
        }
        return index;
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
