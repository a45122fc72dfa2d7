package org.beachhead.timeline;

import jakarta.persistence.TypedQuery;
import org.beachhead.common.EntityRef;
import org.beachhead.model.EventKind;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What other features ask of the timeline's filter: how many events it matches, and counts of them by partner, kind and period. */
@Component
public class EventQueries {

    private final EventRows rows;

    EventQueries(EventRows rows) {
        this.rows = rows;
    }

    /** How many events match the filter. */
    public long countMatching(TimelineFilter filter) {
        return rows.countMatching(anyPartner(filter), filter.partners(), anyKind(filter), filter.kinds(), filter.from(),
                filter.to());
    }

    /**
     * The facets of a filter: every partner with how many events it has under the filter's other
     * conditions (its own partner choice ignored), and how many events of each kind match under the
     * other conditions (the kind choice ignored).
     */
    public Facets facets(TimelineFilter filter) {
        List<Counts.PartnerCount> partners = rows.partnerCounts(anyKind(filter), filter.kinds(), filter.from(), filter.to())
                .stream().sorted(Comparator.comparing(count -> count.name().toLowerCase())).toList();
        Map<EventKind, Long> kinds = new EnumMap<>(EventKind.class);
        (filter.partners().isEmpty() ? rows.kindCounts(filter.from(), filter.to())
                : rows.kindCountsOfPartners(filter.partners(), filter.from(), filter.to()))
                .forEach(count -> kinds.put(count.kind(), count.events()));
        return new Facets(partners, kinds);
    }

    /** Counts per partner (every partner, zero included) and per kind; see {@link #facets}. */
    public record Facets(List<Counts.PartnerCount> partners, Map<EventKind, Long> kinds) {

        public List<EntityRef> partnerRefs() {
            return partners.stream().map(count -> new EntityRef(count.slug(), count.name())).toList();
        }

        /** How many events match the whole filter: the counts of its kinds, or of every kind. */
        public long matching(TimelineFilter filter) {
            return kinds.entrySet().stream()
                    .filter(kind -> filter.kinds().isEmpty() || filter.kinds().contains(kind.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    /** How many events the filter matches, and their first and last years. */
    public Counts.MatchingSpan span(TimelineFilter filter) {
        return rows.span(anyPartner(filter), filter.partners(), anyKind(filter), filter.kinds(), filter.from(), filter.to());
    }

    /** The filter's events per partner they name, and (partner null) those naming none: an event counts once per partner. */
    public List<Counts.LaneCount> laneCounts(TimelineFilter filter) {
        return rows.laneCounts(anyPartner(filter), filter.partners(), anyKind(filter), filter.kinds(), filter.from(),
                filter.to());
    }

    /**
     * The filter's events per year, or per month ({@code byMonth}), in the lanes of these partners and,
     * when {@code withoutPartner}, the lane of the events naming none.
     */
    public List<Counts.PeriodCount> periodCounts(TimelineFilter filter, Collection<String> partnerSlugs,
                                                 boolean withoutPartner, boolean byMonth) {
        return byMonth
                ? rows.perMonth(anyPartner(filter), filter.partners(), anyKind(filter), filter.kinds(), filter.from(),
                filter.to(), partnerSlugs, withoutPartner)
                : rows.perYear(anyPartner(filter), filter.partners(), anyKind(filter), filter.kinds(), filter.from(),
                filter.to(), partnerSlugs, withoutPartner);
    }

    private static boolean anyPartner(TimelineFilter filter) {
        return !filter.partners().isEmpty();
    }

    private static boolean anyKind(TimelineFilter filter) {
        return !filter.kinds().isEmpty();
    }

    /**
     * The JPQL where-clause of the events ({@code e}) a filter matches.
     *
     * @deprecated kept only until visual's ChartQueries uses {@link #span}, {@link #laneCounts} and
     * {@link #periodCounts}; no query text should cross packages
     */
    @Deprecated(forRemoval = true)
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

    /**
     * Sets the parameters of {@link #whereMatching} on a query that uses it.
     *
     * @deprecated see {@link #whereMatching}
     */
    @Deprecated(forRemoval = true)
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
