package org.beachhead.deal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Deals with their parties, titles and events, in one query however many deals match (two for a page with its count). */
@Repository
public class DealQueries {

    /**
     * A deal's columns, then a row for each event that reports it (none: one row with nulls), each of
     * its parties and each of its titles, read by {@link #assemble}: one statement instead of one for
     * the deals and one for their parties and titles. The order is made in Java, as a union's is awkward.
     */
    private static final String DEAL = "select d.id, d.slug, d.name, d.type, d.status, d.netflixParty, d.summary, ";
    private static final String NO_DATE = ", cast(null as Integer), cast(null as Integer), cast(null as Integer), cast(null as Boolean)";
    private static final String[] BRANCHES = {
            DEAL + "'event', e.slug, e.headline, e.date.year, e.date.month, e.date.day, e.date.approximate"
                    + " from Deal d left join Event e on e.deal = d",
            DEAL + "'partner', p.slug, p.name" + NO_DATE + " from Deal d join d.partners p",
            DEAL + "'title', t.slug, t.name" + NO_DATE + " from Deal d join d.titles t"};

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

    /** Deals matching the filter, ordered by when the corpus first reports them. */
    public List<DealSummary> summaries(DealFilter filter) {
        return assemble(bind(union(where(filter, "d"), Object[].class), filter).getResultList());
    }

    /**
     * One page of {@link #summaries}: at most {@code limit} deals from position {@code offset} (from 0),
     * chosen in a subquery so that the page and its parties come in one statement.
     */
    public List<DealSummary> summaries(DealFilter filter, int offset, int limit) {
        String page = " where d.id in (select o.id from Deal o" + where(filter, "o") + " order by " + firstReported("o")
                + " nulls last, o.name, o.slug limit :limit offset :offset)";
        return assemble(bind(union(page, Object[].class), filter)
                .setParameter("limit", limit).setParameter("offset", offset).getResultList());
    }

    public long count(DealFilter filter) {
        return bind(entityManager.createQuery("select count(d) from Deal d" + where(filter, "d"), Long.class), filter)
                .getSingleResult();
    }

    private <T> TypedQuery<T> union(String where, Class<T> type) {
        return entityManager.createQuery(String.join(" union all ",
                Arrays.stream(BRANCHES).map(branch -> branch + where).toList()), type);
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

    /** The deals with these slugs, ordered like {@link #summaries}. */
    public List<DealSummary> bySlugs(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return assemble(union(" where d.slug in :slugs", Object[].class).setParameter("slugs", slugs).getResultList());
    }

    /** Deals that involve a title. */
    public List<DealSummary> involvingTitle(String titleSlug) {
        return assemble(union(" where exists (select 1 from Deal g join g.titles gt where g = d and gt.slug = :slug)",
                Object[].class).setParameter("slug", titleSlug).getResultList());
    }

    /** Deals from the rows of {@link #BRANCHES}, first reported first, each list in its order. */
    private static List<DealSummary> assemble(List<Object[]> rows) {
        Map<Long, Object[]> deals = new HashMap<>();
        Map<Long, List<DealSummary.EventBrief>> events = new HashMap<>();
        Map<Long, List<EntityRef>> partners = new HashMap<>();
        Map<Long, List<EntityRef>> titles = new HashMap<>();
        for (Object[] row : rows) {
            Long id = (Long) row[0];
            deals.putIfAbsent(id, row);
            events.computeIfAbsent(id, key -> new ArrayList<>());
            if (row[8] == null) {
                continue;
            }
            switch ((String) row[7]) {
                case "event" -> events.get(id).add(new DealSummary.EventBrief((String) row[8], (String) row[9],
                        new PartialDate((Integer) row[10], (Integer) row[11], (Integer) row[12], (Boolean) row[13])));
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
                    return new DealSummary((String) row[1], (String) row[2], (DealType) row[3], (DealStatus) row[4],
                            (Boolean) row[5], (String) row[6],
                            partners.getOrDefault(id, List.of()).stream().sorted(byName).toList(),
                            titles.getOrDefault(id, List.of()).stream().sorted(byName).toList(),
                            events.get(id).stream().sorted(byDate).toList());
                })
                .sorted(Comparator.comparing(DealSummary::firstReported, Comparator.nullsLast(PartialDate.CHRONOLOGICAL))
                        .thenComparing(DealSummary::name).thenComparing(DealSummary::slug))
                .toList();
    }
}
