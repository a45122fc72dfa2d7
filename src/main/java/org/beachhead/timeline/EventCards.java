package org.beachhead.timeline;

import jakarta.persistence.EntityManager;
import org.beachhead.common.DateBasis;
import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;
import org.beachhead.source.ExcerptPurpose;
import org.beachhead.source.ExcerptQueries;
import org.beachhead.source.ExcerptView;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private final EntityManager entityManager;
    private final ExcerptQueries excerpts;

    public EventCards(EntityManager entityManager, ExcerptQueries excerpts) {
        this.entityManager = entityManager;
        this.excerpts = excerpts;
    }

    /** Cards for the given events, in the order of {@code ids}. Call inside a read-only transaction. */
    public List<EventCard> forIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> events = new HashMap<>();
        entityManager.createQuery("""
                        select e.id, e.slug, e.kind, e.headline, e.date, e.datedBy, e.dateNote, d.slug, d.name
                        from Event e left join e.deal d where e.id in :ids""", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> events.put((Long) row[0], row));

        Map<Long, Map<String, List<EntityRef>>> links = new HashMap<>();
        entityManager.createQuery(LINKS, Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> links.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                        .computeIfAbsent((String) row[1], kind -> new ArrayList<>())
                        .add(new EntityRef((String) row[2], (String) row[3], (String) row[4])));

        Map<Long, List<ExcerptView>> excerpts = this.excerpts.forEvents(ids, ExcerptPurpose.EVIDENCE);

        List<EventCard> cards = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Object[] row = events.get(id);
            Map<String, List<EntityRef>> eventLinks = links.getOrDefault(id, Map.of());
            cards.add(new EventCard(id, (String) row[1], (EventKind) row[2], (String) row[3], (PartialDate) row[4],
                    (DateBasis) row[5], (String) row[6],
                    row[7] == null ? null : new EntityRef((String) row[7], (String) row[8]),
                    sorted(eventLinks.get("partner")), sorted(eventLinks.get("title")),
                    sorted(eventLinks.get("regulator")), sorted(eventLinks.get("person")),
                    excerpts.getOrDefault(id, List.of())));
        }
        return cards;
    }

    private static List<EntityRef> sorted(List<EntityRef> refs) {
        if (refs == null) {
            return List.of();
        }
        return refs.stream().sorted(Comparator.comparing(ref -> ref.name().toLowerCase())).toList();
    }
}
