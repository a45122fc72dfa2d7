package org.beachhead.partner;

import jakarta.persistence.EntityManager;
import org.beachhead.common.EntityRef;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** Read-side queries about partners, answered as records rather than entities. */
@Repository
public class PartnerQueries {

    private static final String SUMMARY = """
            select new org.beachhead.partner.PartnerSummary(p.slug, p.name, p.chineseName, p.kind, p.summary,
                (select count(e) from Event e join e.partners ep where ep = p),
                (select count(d) from Deal d join d.partners dp where dp = p))
            from Partner p""";

    private final EntityManager entityManager;

    public PartnerQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<EntityRef> allRefs() {
        return entityManager.createQuery("select new org.beachhead.common.EntityRef(p.slug, p.name) from Partner p order by lower(p.name)",
                EntityRef.class).getResultList();
    }

    /** Every partner with its number of events and deals, for the partners index. */
    public List<PartnerSummary> summaries() {
        return entityManager.createQuery(SUMMARY + " order by lower(p.name)", PartnerSummary.class).getResultList();
    }

    public Optional<PartnerSummary> summary(String slug) {
        return entityManager.createQuery(SUMMARY + " where p.slug = :slug", PartnerSummary.class)
                .setParameter("slug", slug).getResultList().stream().findFirst();
    }
}
