package org.beachhead.deal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deals with their parties, titles and events, in two queries however many deals match (three for a page of them). */
@Repository
public class DealQueries {

    /** A deal's columns and, a row each, the events that report it (none: one row with nulls), read by {@link #assemble}. */
    private static final String SELECT = "select d.id, d.slug, d.name, d.type, d.status, d.netflixParty, d.summary,"
            + " e.slug, e.headline, e.date ";
    private static final String FROM = "from Deal d left join Event e on e.deal = d";
    private static final String EVENT_ORDER = " order by e.date.year, coalesce(e.date.month, 0), coalesce(e.date.day, 0), e.slug";

    private final EntityManager entityManager;

    public DealQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * When the corpus first reports a deal, as one sortable number (a year-only date before that
     * year's months, as {@link PartialDate#CHRONOLOGICAL} orders), for ordering a page of deals in SQL.
     */
    private static final String FIRST_REPORTED = "(select min(e.date.year * 10000 + coalesce(e.date.month, 0) * 100"
            + " + coalesce(e.date.day, 0)) from Event e where e.deal = d)";

    /** Deals matching the filter, ordered by when the corpus first reports them. */
    public List<DealSummary> summaries(DealFilter filter) {
        return assemble(bind(entityManager.createQuery(SELECT + FROM + where(filter) + EVENT_ORDER, Object[].class), filter)
                .getResultList());
    }

    /** One page of {@link #summaries}: at most {@code limit} deals from position {@code offset} (from 0). */
    public List<DealSummary> summaries(DealFilter filter, int offset, int limit) {
        String jpql = "select d.id from Deal d" + where(filter) + " order by " + FIRST_REPORTED + " nulls last, d.name, d.slug";
        List<Long> ids = bind(entityManager.createQuery(jpql, Long.class), filter)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return assemble(entityManager.createQuery(SELECT + FROM + " where d.id in :ids" + EVENT_ORDER, Object[].class)
                .setParameter("ids", ids).getResultList());
    }

    public long count(DealFilter filter) {
        return bind(entityManager.createQuery("select count(d) from Deal d" + where(filter), Long.class), filter)
                .getSingleResult();
    }

    private static String where(DealFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (!filter.partners().isEmpty()) {
            where.append(" and exists (select 1 from Deal g join g.partners gp where g = d and gp.slug in :partners)");
        }
        if (!filter.statuses().isEmpty()) {
            where.append(" and d.status in :statuses");
        }
        if (!filter.types().isEmpty()) {
            where.append(" and d.type in :types");
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
        return assemble(entityManager.createQuery(SELECT + FROM + " where d.slug in :slugs" + EVENT_ORDER, Object[].class)
                .setParameter("slugs", slugs).getResultList());
    }

    /** Deals that involve a title. */
    public List<DealSummary> involvingTitle(String titleSlug) {
        return assemble(entityManager.createQuery(SELECT + FROM + " join d.titles t where t.slug = :slug" + EVENT_ORDER,
                Object[].class).setParameter("slug", titleSlug).getResultList());
    }

    /** Deals from {@link #SELECT} rows (a row per reporting event, in date order) with their parties and titles. */
    private List<DealSummary> assemble(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> deals = new LinkedHashMap<>();
        Map<Long, List<DealSummary.EventBrief>> events = new HashMap<>();
        for (Object[] row : rows) {
            Long id = (Long) row[0];
            deals.putIfAbsent(id, row);
            List<DealSummary.EventBrief> briefs = events.computeIfAbsent(id, key -> new ArrayList<>());
            if (row[7] != null) {
                briefs.add(new DealSummary.EventBrief((String) row[7], (String) row[8], (PartialDate) row[9]));
            }
        }
        Map<Long, List<EntityRef>> partners = new HashMap<>();
        Map<Long, List<EntityRef>> titles = new HashMap<>();
        entityManager.createQuery("""
                        select d.id, 'partner', p.slug, p.name from Deal d join d.partners p where d.id in :ids
                        union all
                        select d.id, 'title', t.slug, t.name from Deal d join d.titles t where d.id in :ids""", Object[].class)
                .setParameter("ids", List.copyOf(deals.keySet())).getResultList()
                .forEach(row -> ("partner".equals(row[1]) ? partners : titles)
                        .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new EntityRef((String) row[2], (String) row[3])));

        Comparator<EntityRef> byName = Comparator.comparing(ref -> ref.name().toLowerCase());
        return deals.values().stream()
                .map(row -> {
                    Long id = (Long) row[0];
                    return new DealSummary((String) row[1], (String) row[2], (DealType) row[3], (DealStatus) row[4],
                            (Boolean) row[5], (String) row[6],
                            partners.getOrDefault(id, List.of()).stream().sorted(byName).toList(),
                            titles.getOrDefault(id, List.of()).stream().sorted(byName).toList(),
                            events.get(id));
                })
                .sorted(Comparator.comparing(DealSummary::firstReported, Comparator.nullsLast(PartialDate.CHRONOLOGICAL))
                        .thenComparing(DealSummary::name))
                .toList();
    }
}
