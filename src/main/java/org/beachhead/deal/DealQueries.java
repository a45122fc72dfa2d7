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
import java.util.List;
import java.util.Map;

/** Deals with their parties, titles and events, in three queries however many deals match. */
@Repository
public class DealQueries {

    private static final String SELECT = "select d.id, d.slug, d.name, d.type, d.status, d.netflixParty, d.summary ";

    private final EntityManager entityManager;

    public DealQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Deals matching the filter, ordered by when the corpus first reports them. */
    public List<DealSummary> summaries(DealFilter filter) {
        StringBuilder jpql = new StringBuilder(SELECT + "from Deal d where 1 = 1");
        if (!filter.partners().isEmpty()) {
            jpql.append(" and exists (select 1 from Deal g join g.partners gp where g = d and gp.slug in :partners)");
        }
        if (!filter.statuses().isEmpty()) {
            jpql.append(" and d.status in :statuses");
        }
        if (!filter.types().isEmpty()) {
            jpql.append(" and d.type in :types");
        }
        TypedQuery<Object[]> query = entityManager.createQuery(jpql.toString(), Object[].class);
        if (!filter.partners().isEmpty()) {
            query.setParameter("partners", filter.partners());
        }
        if (!filter.statuses().isEmpty()) {
            query.setParameter("statuses", filter.statuses());
        }
        if (!filter.types().isEmpty()) {
            query.setParameter("types", filter.types());
        }
        return assemble(query.getResultList());
    }

    /** The deals with these slugs, ordered like {@link #summaries}. */
    public List<DealSummary> bySlugs(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return assemble(entityManager.createQuery(SELECT + "from Deal d where d.slug in :slugs", Object[].class)
                .setParameter("slugs", slugs).getResultList());
    }

    /** Deals that involve a title. */
    public List<DealSummary> involvingTitle(String titleSlug) {
        return assemble(entityManager.createQuery(SELECT + "from Deal d join d.titles t where t.slug = :slug", Object[].class)
                .setParameter("slug", titleSlug).getResultList());
    }

    private List<DealSummary> assemble(List<Object[]> deals) {
        if (deals.isEmpty()) {
            return List.of();
        }
        List<Long> ids = deals.stream().map(row -> (Long) row[0]).toList();
        Map<Long, List<EntityRef>> partners = new HashMap<>();
        Map<Long, List<EntityRef>> titles = new HashMap<>();
        entityManager.createQuery("""
                        select d.id, 'partner', p.slug, p.name from Deal d join d.partners p where d.id in :ids
                        union all
                        select d.id, 'title', t.slug, t.name from Deal d join d.titles t where d.id in :ids""", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> ("partner".equals(row[1]) ? partners : titles)
                        .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new EntityRef((String) row[2], (String) row[3])));
        Map<Long, List<DealSummary.EventBrief>> events = new HashMap<>();
        entityManager.createQuery("""
                        select e.deal.id, e.slug, e.headline, e.date from Event e where e.deal.id in :ids
                        order by e.date.year, coalesce(e.date.month, 0), coalesce(e.date.day, 0), e.slug""", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> events.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new DealSummary.EventBrief((String) row[1], (String) row[2], (PartialDate) row[3])));

        Comparator<EntityRef> byName = Comparator.comparing(ref -> ref.name().toLowerCase());
        return deals.stream()
                .map(row -> {
                    Long id = (Long) row[0];
                    return new DealSummary((String) row[1], (String) row[2], (DealType) row[3], (DealStatus) row[4],
                            (Boolean) row[5], (String) row[6],
                            partners.getOrDefault(id, List.of()).stream().sorted(byName).toList(),
                            titles.getOrDefault(id, List.of()).stream().sorted(byName).toList(),
                            events.getOrDefault(id, List.of()));
                })
                .sorted(Comparator.comparing(DealSummary::firstReported, Comparator.nullsLast(PartialDate.CHRONOLOGICAL))
                        .thenComparing(DealSummary::name))
                .toList();
    }
}
