package org.beachhead.source;

import org.beachhead.model.TextSpan;
import org.beachhead.model.ExcerptPurpose;
import org.beachhead.model.Excerpt;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
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

    /**
     * What a page reads in the same query as its events' evidence: the words that date the events,
     * or what the corpus says a partner or regulator ({@code owner}) is.
     */
    public record Also(boolean dating, String owner, String slug) {

        public static final Also NOTHING = new Also(false, null, null);

        public static Also datingWords() {
            return new Also(true, null, null);
        }

        public static Also about(String owner, String slug) {
            return new Also(false, owner, slug);
        }
    }

    /** Excerpts by purpose: the events' evidence and dating words by event id, and the owner's description. */
    public record Excerpts(Map<Long, List<ExcerptView>> evidence, Map<Long, List<ExcerptView>> dating,
                           List<ExcerptView> about) {
    }

    /** The evidence of each of the events, and what {@code also} asks for, in one query, each list in curated order. */
    public Excerpts forEvents(List<Long> eventIds, Also also) {
        Excerpts excerpts = new Excerpts(new HashMap<>(), new HashMap<>(), new ArrayList<>());
        if (eventIds.isEmpty() && also.owner() == null) {
            return excerpts;
        }
        List<String> conditions = new ArrayList<>();
        if (!eventIds.isEmpty()) {
            conditions.add("(e.id in :ids and x.purpose in :purposes)");
        }
        if (also.owner() != null) {
            conditions.add("(o.slug = :slug and x.purpose = :about)");
        }
        TypedQuery<Object[]> query = entityManager.createQuery("select e.id, x.purpose, " + ExcerptView.COLUMNS + FROM
                + "left join x.event e " + (also.owner() == null ? "" : "left join x." + also.owner() + " o ") + "where "
                + String.join(" or ", conditions) + " order by x.seq", Object[].class);
        if (!eventIds.isEmpty()) {
            query.setParameter("ids", eventIds).setParameter("purposes", also.dating()
                    ? List.of(ExcerptPurpose.EVIDENCE, ExcerptPurpose.DATING) : List.of(ExcerptPurpose.EVIDENCE));
        }
        if (also.owner() != null) {
            query.setParameter("slug", also.slug()).setParameter("about", ExcerptPurpose.ABOUT);
        }
        for (Object[] row : query.getResultList()) {
            ExcerptView excerpt = ExcerptView.of(row, 2);
            switch ((ExcerptPurpose) row[1]) {
                case EVIDENCE -> excerpts.evidence().computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(excerpt);
                case DATING -> excerpts.dating().computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(excerpt);
                default -> excerpts.about().add(excerpt);
            }
        }
        return excerpts;
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
}
