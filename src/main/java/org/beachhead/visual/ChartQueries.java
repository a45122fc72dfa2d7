package org.beachhead.visual;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.EntityRef;
import org.beachhead.model.PartnerRepository;
import org.beachhead.timeline.EventQueries;
import org.beachhead.timeline.TimelineFilter;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The chart's counting queries: how many of a filter's events each lane has, and how many each lane
 * has per year or month. Both group in the database, so a chart of a long corpus never reads its
 * events one by one. The filter means what it means on the timeline (see {@code EventQueries}).
 */
@Repository
class ChartQueries {

    private final EntityManager entityManager;

    ChartQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * In one statement: the number of events the filter matches and their first and last years,
     * every lane's count (a partner's, or the events that name none), and the partners the filter
     * names, to check that they exist.
     *
     * @throws BadParameterException when the filter names a partner the corpus does not have
     */
    LaneCounts lanes(TimelineFilter filter) {
        String where = EventQueries.whereMatching(filter);
        String jpql = "select 'all', cast(null as String), cast(null as String), count(e), min(e.date.year), max(e.date.year)"
                + " from Event e" + where
                + " union all select 'lane', p.slug, p.name, count(e), min(e.date.year), max(e.date.year)"
                + " from Event e left join e.partners p" + where + " group by p.slug, p.name";
        if (!filter.partners().isEmpty()) {
            jpql += " union all select 'named', k.slug, k.name, count(k), min(0), max(0) from Partner k"
                    + " where k.slug in :partners group by k.slug, k.name";
        }
        long total = 0;
        Integer firstYear = null;
        Integer lastYear = null;
        List<LaneCount> lanes = new ArrayList<>();
        List<EntityRef> named = new ArrayList<>();
        for (Object[] row : EventQueries.bindMatching(entityManager.createQuery(jpql, Object[].class), filter).getResultList()) {
            EntityRef partner = row[1] == null ? null : new EntityRef((String) row[1], (String) row[2]);
            switch ((String) row[0]) {
                case "all" -> {
                    total = (Long) row[3];
                    firstYear = (Integer) row[4];
                    lastYear = (Integer) row[5];
                }
                case "lane" -> lanes.add(new LaneCount(partner, (Long) row[3]));
                default -> named.add(partner);
            }
        }
        PartnerRepository.requireKnown("partner", filter.partners(), named);
        return new LaneCounts(total, firstYear, lastYear, lanes);
    }

    /**
     * How many of the filter's events each of these lanes has per year, or per month (a year-only
     * date counted apart, with no month).
     */
    List<PeriodCount> periods(TimelineFilter filter, Collection<String> partnerSlugs, boolean withoutPartner, boolean byMonth) {
        String month = byMonth ? "e.date.month" : "cast(null as Integer)";
        String lanes = partnerSlugs.isEmpty() ? "p is null" : "p.slug in :lanes" + (withoutPartner ? " or p is null" : "");
        String jpql = "select p.slug, e.date.year, " + month + ", count(e) from Event e left join e.partners p"
                + EventQueries.whereMatching(filter) + " and (" + lanes + ") group by p.slug, e.date.year" + (byMonth ? ", e.date.month" : "");
        TypedQuery<Object[]> query = EventQueries.bindMatching(entityManager.createQuery(jpql, Object[].class), filter);
        if (!partnerSlugs.isEmpty()) {
            query.setParameter("lanes", partnerSlugs);
        }
        return query.getResultList().stream()
                .map(row -> new PeriodCount((String) row[0], (Integer) row[1], (Integer) row[2], (Long) row[3]))
                .toList();
    }

    /** The events of a filter: how many, over which years, and how many in each lane. */
    record LaneCounts(long total, Integer firstYear, Integer lastYear, List<LaneCount> lanes) {

        /** Marks the detailed chart would draw: one per event and lane it is in, echoes included. */
        long marks() {
            return lanes.stream().mapToLong(LaneCount::events).sum();
        }
    }

    /** A lane's number of events; {@code partner} is null for the events that name no partner. */
    record LaneCount(EntityRef partner, long events) {
    }

    /** A lane's events in one year or month; {@code partnerSlug} null for events naming no partner, {@code month} null for a year or a year-only date. */
    record PeriodCount(String partnerSlug, int year, Integer month, long events) {
    }
}
