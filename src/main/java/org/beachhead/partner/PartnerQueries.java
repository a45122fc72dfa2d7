package org.beachhead.partner;

import org.beachhead.model.PartnerKind;
import org.beachhead.model.Partner;
import jakarta.persistence.EntityManager;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.EntityRef;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Read-side queries about partners, answered as records rather than entities. */
@Repository
public class PartnerQueries {

    /** A partner's columns (aliased {@code p}) as {@link #summaryOf} reads them; the sixth is its number of events. */
    static final List<String> COLUMNS = List.of("p.slug", "p.name", "p.chineseName", "p.kind", "p.summary",
            "(select count(pe) from Event pe join pe.partners pep where pep = p)",
            "(select count(pd) from Deal pd join pd.partners pdp where pdp = p)");
    static final int EVENT_COUNT = 5;
    private static final String SUMMARY = "select new org.beachhead.partner.PartnerSummary(" + String.join(", ", COLUMNS)
            + ") from Partner p";

    private final EntityManager entityManager;

    public PartnerQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<EntityRef> allRefs() {
        return entityManager.createQuery("select new org.beachhead.common.EntityRef(p.slug, p.name) from Partner p order by lower(p.name)",
                EntityRef.class).getResultList();
    }

    /**
     * Every partner, after checking that each slug a filter names is one of them.
     *
     * @throws BadParameterException for the first unknown slug
     */
    public List<EntityRef> allRefsKnowing(String parameter, List<String> slugs) {
        List<EntityRef> all = allRefs();
        requireKnown(parameter, slugs, all);
        return all;
    }

    /** @throws BadParameterException for the first slug that is not one of {@code partners} */
    public static void requireKnown(String parameter, List<String> slugs, List<EntityRef> partners) {
        Set<String> known = partners.stream().map(EntityRef::slug).collect(Collectors.toSet());
        slugs.stream().filter(slug -> !known.contains(slug)).findFirst().ifPresent(slug -> {
            throw new BadParameterException(parameter, "error.parameter.unknown-partner", slug);
        });
    }

    /**
     * A page of the partners index: {@code size} partners from position {@code offset} (from 0), by name
     * ignoring case, then by slug, each with its number of events and deals.
     */
    public List<PartnerSummary> summaries(int offset, int size) {
        return entityManager.createQuery(SUMMARY + " order by lower(p.name), p.slug", PartnerSummary.class)
                .setFirstResult(offset).setMaxResults(size).getResultList();
    }

    public long count() {
        return entityManager.createQuery("select count(p) from Partner p", Long.class).getSingleResult();
    }

    public Optional<PartnerSummary> summary(String slug) {
        return entityManager.createQuery(SUMMARY + " where p.slug = :slug", PartnerSummary.class)
                .setParameter("slug", slug).getResultList().stream().findFirst();
    }

    /** The partner of a row whose first columns are {@link #COLUMNS}. */
    static PartnerSummary summaryOf(Object[] row) {
        return new PartnerSummary((String) row[0], (String) row[1], (String) row[2], (PartnerKind) row[3], (String) row[4],
                (Long) row[5], (Long) row[6]);
    }
}
