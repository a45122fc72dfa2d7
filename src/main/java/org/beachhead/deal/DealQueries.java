package org.beachhead.deal;

import org.beachhead.model.DealType;
import org.beachhead.model.DealStatus;
import org.beachhead.model.Deal;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Deals with their parties, titles and first few events, in one query however many deals match and
 * however many events each has (two for a page with its count).
 */
@Repository
public class DealQueries {

    /** For a caller that lists every event of each deal it reads (the API, and the chart's few deals). */
    public static final int EVERY_EVENT = Integer.MAX_VALUE;

    /**
     * A deal's columns, then a row for each event that reports it (none: one row with nulls), each of
     * its parties and each of its titles, read by {@link #assemble}: one statement instead of one for
     * the deals and one for their parties and titles. The order is made in Java, as a union's is awkward.
     * <p>
     * Of a deal's events only the first {@code :shown} in date order come, numbered in SQL by a window
     * function, and the first and the last whatever {@code :shown} is (for the deal's dates), each
     * with the deal's number of events: a deal reported ten thousand times costs as many rows as one
     * reported five times. {@code %s} is the condition choosing the deals (alias {@code d}). The events
     * are numbered in a derived table that is the whole of its select: left-joined to the deals
     * instead, it took H2 20 to 30 s for 2,000 deals (against 0.2 s), as if evaluated once per deal.
     */
    private static final String DEAL = "select d.id, d.slug, d.name, d.type, d.status, d.netflixParty, d.summary, ";
    private static final String NO_EVENT = ", cast(null as Integer), cast(null as Integer), cast(null as Integer),"
            + " cast(null as Boolean), cast(null as Long), cast(null as Long)";
    private static final String EVENTS = """
            select x.id, x.slug, x.name, x.type, x.status, x.netflixParty, x.summary,
                'event', x.eventSlug, x.headline, x.year, x.month, x.day, x.approximate, x.position, x.total
            from (
                select d.id as id, d.slug as slug, d.name as name, d.type as type, d.status as status,
                    d.netflixParty as netflixParty, d.summary as summary, e.slug as eventSlug, e.headline as headline,
                    e.date.year as year, e.date.month as month, e.date.day as day, e.date.approximate as approximate,
                    row_number() over (partition by d.id order by e.date.year, coalesce(e.date.month, 0),
                        coalesce(e.date.day, 0), e.slug) as position,
                    count(e.id) over (partition by d.id) as total
                from Deal d left join Event e on e.deal = d where %s) x
            where x.position <= :shown or x.position = 1 or x.position = x.total""";
    private static final String PARTIES = DEAL + "'partner', p.slug, p.name" + NO_EVENT + " from Deal d join d.partners p where %s";
    private static final String TITLES = DEAL + "'title', t.slug, t.name" + NO_EVENT + " from Deal d join d.titles t where %s";

    private final EntityManager entityManager;

    public DealQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * When the corpus first reports a deal, as one sortable number (a year-only date before that
     * year's months, as {@link PartialDate#CHRONOLOGICAL} orders), for ordering a page of deals in SQL.
     */
    private static String firstReported(String deal) {
        return "(select min(e.date.year * 10000 + coalesce(e.date.month, 0) * 100 + coalesce(e.date.day, 0))"
                + " from Event e where e.deal = " + deal + ")";
    }

    /** Deals matching the filter, ordered by when the corpus first reports them, each with its first {@code eventsShown} events. */
    public List<DealSummary> summaries(DealFilter filter, int eventsShown) {
        return read("d.id in (select o.id from Deal o" + where(filter, "o") + ")", eventsShown,
                query -> bind(query, filter));
    }

    /**
     * One page of {@link #summaries}: at most {@code limit} deals from position {@code offset} (from 0),
     * chosen in a subquery so that the page and its parties come in one statement.
     */
    public List<DealSummary> summaries(DealFilter filter, int offset, int limit, int eventsShown) {
        return read("d.id in (select o.id from Deal o" + where(filter, "o") + " order by "
                        + firstReported("o") + " nulls last, o.name, o.slug limit :limit offset :offset)", eventsShown,
                query -> bind(query, filter).setParameter("limit", limit).setParameter("offset", offset));
    }

    public long count(DealFilter filter) {
        return bind(entityManager.createQuery("select count(d) from Deal d" + where(filter, "d"), Long.class), filter)
                .getSingleResult();
    }

    /** The deals with these slugs, ordered like {@link #summaries}. */
    public List<DealSummary> bySlugs(Collection<String> slugs, int eventsShown) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return read("d.slug in :slugs", eventsShown, query -> query.setParameter("slugs", slugs));
    }

    /** Deals that involve a title. */
    public List<DealSummary> involvingTitle(String titleSlug, int eventsShown) {
        return read("exists (select 1 from Deal g join g.titles gt where g = d and gt.slug = :slug)",
                eventsShown, query -> query.setParameter("slug", titleSlug));
    }

    /** The deals that {@code deals} (a condition on the alias {@code d}) chooses, with their events, parties and titles in one statement. */
    private List<DealSummary> read(String deals, int eventsShown, UnaryOperator<TypedQuery<Object[]>> bind) {
        String union = String.join(" union all ", EVENTS.formatted(deals), PARTIES.formatted(deals), TITLES.formatted(deals));
        return assemble(bind.apply(entityManager.createQuery(union, Object[].class))
                .setParameter("shown", eventsShown).getResultList(), eventsShown);
    }

    private static String where(DealFilter filter, String deal) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (!filter.partners().isEmpty()) {
            where.append(" and exists (select 1 from Deal g join g.partners gp where g = ").append(deal)
                    .append(" and gp.slug in :partners)");
        }
        if (!filter.statuses().isEmpty()) {
            where.append(" and ").append(deal).append(".status in :statuses");
        }
        if (!filter.types().isEmpty()) {
            where.append(" and ").append(deal).append(".type in :types");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, DealFilter filter) {
        if (!filter.partners().isEmpty()) {
            query.setParameter("partners", filter.partners());
        }
        if (!filter.statuses().isEmpty()) {
            query.setParameter("statuses", filter.statuses());
        }
        if (!filter.types().isEmpty()) {
            query.setParameter("types", filter.types());
        }
        return query;
    }

    /** What the event rows of one deal tell: the events shown, its first and last dates and how many it has. */
    private static final class EventRows {
        final List<DealSummary.EventBrief> shown = new ArrayList<>();
        PartialDate first;
        PartialDate last;
        int total;
    }

    /** Deals from the rows of {@link #read}, first reported first, each list in its order. */
    private static List<DealSummary> assemble(List<Object[]> rows, int eventsShown) {
        Map<Long, Object[]> deals = new HashMap<>();
        Map<Long, EventRows> events = new HashMap<>();
        Map<Long, List<EntityRef>> partners = new HashMap<>();
        Map<Long, List<EntityRef>> titles = new HashMap<>();
        for (Object[] row : rows) {
            Long id = (Long) row[0];
            deals.putIfAbsent(id, row);
            EventRows dealEvents = events.computeIfAbsent(id, key -> new EventRows());
            if (row[8] == null) {
                continue;
            }
            switch ((String) row[7]) {
                case "event" -> {
                    PartialDate date = new PartialDate((Integer) row[10], (Integer) row[11], (Integer) row[12], (Boolean) row[13]);
                    long position = ((Number) row[14]).longValue();
                    dealEvents.total = ((Number) row[15]).intValue();
                    if (position <= eventsShown) {
                        dealEvents.shown.add(new DealSummary.EventBrief((String) row[8], (String) row[9], date));
                    }
                    if (position == 1) {
                        dealEvents.first = date;
                    }
                    if (position == dealEvents.total) {
                        dealEvents.last = date;
                    }
                }
                case "partner" -> partners.computeIfAbsent(id, key -> new ArrayList<>()).add(new EntityRef((String) row[8], (String) row[9]));
                default -> titles.computeIfAbsent(id, key -> new ArrayList<>()).add(new EntityRef((String) row[8], (String) row[9]));
            }
        }
        Comparator<EntityRef> byName = Comparator.comparing(ref -> ref.name().toLowerCase());
        Comparator<DealSummary.EventBrief> byDate = Comparator.comparing(DealSummary.EventBrief::date, PartialDate.CHRONOLOGICAL)
                .thenComparing(DealSummary.EventBrief::slug);
        return deals.values().stream()
                .map(row -> {
                    Long id = (Long) row[0];
                    EventRows dealEvents = events.get(id);
                    return new DealSummary((String) row[1], (String) row[2], (DealType) row[3], (DealStatus) row[4],
                            (Boolean) row[5], (String) row[6],
                            partners.getOrDefault(id, List.of()).stream().sorted(byName).toList(),
                            titles.getOrDefault(id, List.of()).stream().sorted(byName).toList(),
                            dealEvents.shown.stream().sorted(byDate).toList(), dealEvents.total, dealEvents.first, dealEvents.last);
                })
                .sorted(Comparator.comparing(DealSummary::firstReported, Comparator.nullsLast(PartialDate.CHRONOLOGICAL))
                        .thenComparing(DealSummary::name).thenComparing(DealSummary::slug))
                .toList();
    }
}
