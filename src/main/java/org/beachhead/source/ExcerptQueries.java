package org.beachhead.source;

import jakarta.persistence.EntityManager;
import org.beachhead.common.EntityRef;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Excerpts as pages show them, each with the article it comes from, in their curated order. */
@Repository
public class ExcerptQueries {

    private static final String FROM = " from Excerpt x join x.article a ";

    private final EntityManager entityManager;

    public ExcerptQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The excerpts of the given purpose for each of the events, by event id, in one query. */
    public Map<Long, List<ExcerptView>> forEvents(List<Long> eventIds, ExcerptPurpose purpose) {
        Map<Long, List<ExcerptView>> excerpts = new HashMap<>();
        if (eventIds.isEmpty()) {
            return excerpts;
        }
        entityManager.createQuery("select x.event.id, " + ExcerptView.COLUMNS + FROM
                        + "where x.event.id in :ids and x.purpose = :purpose order by x.seq", Object[].class)
                .setParameter("ids", eventIds).setParameter("purpose", purpose).getResultList()
                .forEach(row -> excerpts.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(ExcerptView.of(row, 1)));
        return excerpts;
    }

    /** What the corpus says a partner is. */
    public List<ExcerptView> aboutPartner(String slug) {
        return about("partner", slug);
    }

    /** What the corpus says a regulator is. */
    public List<ExcerptView> aboutRegulator(String slug) {
        return about("regulator", slug);
    }

    /** Every excerpt of one article with what it supports or describes, in text order (outermost first), in one query. */
    public List<ExcerptUse> inArticle(long articleId) {
        return entityManager.createQuery("""
                        select x.span.start, x.span.end, x.exact, x.purpose, e.slug, e.headline, p.slug, p.name,
                               g.slug, coalesce(g.shortName, g.name)
                        from Excerpt x left join x.event e left join x.partner p left join x.regulator g
                        where x.article.id = :id
                        order by x.span.start, x.span.end desc, x.purpose, x.seq""", Object[].class)
                .setParameter("id", articleId).getResultList().stream()
                .map(ExcerptQueries::use).toList();
    }

    private static ExcerptUse use(Object[] row) {
        TextSpan span = new TextSpan((Integer) row[0], (Integer) row[1]);
        String exact = (String) row[2];
        ExcerptPurpose purpose = (ExcerptPurpose) row[3];
        if (row[4] != null) {
            return new ExcerptUse(span, exact, purpose, "events", new EntityRef((String) row[4], (String) row[5]));
        }
        if (row[6] != null) {
            return new ExcerptUse(span, exact, purpose, "partners", new EntityRef((String) row[6], (String) row[7]));
        }
        return new ExcerptUse(span, exact, purpose, "regulators", new EntityRef((String) row[8], (String) row[9]));
    }

    private List<ExcerptView> about(String owner, String slug) {
        return entityManager.createQuery("select " + ExcerptView.COLUMNS + FROM + "where x." + owner
                        + ".slug = :slug and x.purpose = :purpose order by x.seq", Object[].class)
                .setParameter("slug", slug).setParameter("purpose", ExcerptPurpose.ABOUT).getResultList().stream()
                .map(row -> ExcerptView.of(row, 0)).toList();
    }
}
