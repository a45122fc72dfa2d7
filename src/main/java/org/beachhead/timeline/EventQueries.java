package org.beachhead.timeline;

import org.beachhead.model.EventKind;
import org.beachhead.model.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.beachhead.common.EntityRef;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The timeline's queries: which events match a filter, in date order, and how many per partner or kind. */
@Repository
public class EventQueries {

    static final String ASCENDING = " order by e.date.year, coalesce(e.date.month, 0), coalesce(e.date.day, 0), e.slug";
    private static final String DESCENDING = " order by e.date.year desc, coalesce(e.date.month, 0) desc, coalesce(e.date.day, 0) desc, e.slug desc";

    private final EntityManager entityManager;

    public EventQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * {@code select} (which reads the event as {@code e}) over the events matching the filter, oldest first
     * (a year-only date before that year's months) or newest first; the order ends with the slug so
     * that pages never overlap or skip.
     */
    <T> TypedQuery<T> matching(String select, TimelineFilter filter, Class<T> type) {
        return bindMatching(entityManager.createQuery(select + whereMatching(filter) + (filter.newestFirst() ? DESCENDING : ASCENDING), type),
                filter);
    }

    /** How many events match the filter. */
    public long countMatching(TimelineFilter filter) {
        return bindMatching(entityManager.createQuery("select count(e) from Event e" + whereMatching(filter), Long.class), filter)
                .getSingleResult();
    }

    /**
     * The facets of a filter in one query: every partner with how many events it has under the
     * filter's other conditions (its own partner choice ignored), and how many events of each kind
     * match under the other conditions (the kind choice ignored).
     */
    public Facets facets(TimelineFilter filter) {
        String otherThanPartners = whereMatching(filter.withoutPartners()).substring(" where 1 = 1".length());
        String jpql = "select 'partner', p.slug, p.name, (select count(e) from Event e join e.partners ep where ep = p"
                + otherThanPartners + ") from Partner p"
                + " union all select 'kind', cast(e.kind as String), cast(null as String), count(e.id) from Event e"
                + whereMatching(filter.withoutKinds()) + " group by e.kind";
        List<Facets.PartnerCount> partners = new ArrayList<>();
        Map<EventKind, Long> kinds = new EnumMap<>(EventKind.class);
        for (Object[] row : bindMatching(entityManager.createQuery(jpql, Object[].class), filter).getResultList()) {
            if ("partner".equals(row[0])) {
                partners.add(new Facets.PartnerCount(new EntityRef((String) row[1], (String) row[2]), (Long) row[3]));
            } else {
                kinds.put(EventKind.valueOf((String) row[1]), (Long) row[3]);
            }
        }
        partners.sort(Comparator.comparing(count -> count.partner().name().toLowerCase()));
        return new Facets(List.copyOf(partners), kinds);
    }

    /** Counts per partner (every partner, zero included) and per kind; see {@link #facets}. */
    public record Facets(List<PartnerCount> partners, Map<EventKind, Long> kinds) {

        public record PartnerCount(EntityRef partner, long events) {
        }

        public List<EntityRef> partnerRefs() {
            return partners.stream().map(PartnerCount::partner).toList();
        }

        /** How many events match the whole filter: the counts of its kinds, or of every kind. */
        public long matching(TimelineFilter filter) {
            return kinds.entrySet().stream()
                    .filter(kind -> filter.kinds().isEmpty() || filter.kinds().contains(kind.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    /**
     * The JPQL where-clause of the events ({@code e}) a filter matches, for queries that group or
     * count them their own way; {@link #bindMatching} gives it its parameters.
     */
    public static String whereMatching(TimelineFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (!filter.partners().isEmpty()) {
            where.append(" and exists (select 1 from Event f join f.partners fp where f = e and fp.slug in :partners)");
        }
        if (!filter.kinds().isEmpty()) {
            where.append(" and e.kind in :kinds");
        }
        if (filter.from() != null) {
            where.append(" and e.date.year >= :from");
        }
        if (filter.to() != null) {
            where.append(" and e.date.year <= :to");
        }
        return where.toString();
    }

    /** Sets the parameters of {@link #whereMatching} on a query that uses it. */
    public static <T> TypedQuery<T> bindMatching(TypedQuery<T> query, TimelineFilter filter) {
        if (!filter.partners().isEmpty()) {
            query.setParameter("partners", filter.partners());
        }
        if (!filter.kinds().isEmpty()) {
            query.setParameter("kinds", filter.kinds());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        return query;
    }
}
