package org.beachhead.regulator;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.beachhead.common.EntityRef;
import org.springframework.stereotype.Repository;

import java.util.List;

/** Rules with their issuers, each list in one query. */
@Repository
public class RuleQueries {

    private static final String SELECT = "select r.slug, r.name, r.summary, g.slug, coalesce(g.shortName, g.name) ";

    private final EntityManager entityManager;

    public RuleQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<RuleRef> all() {
        return refs(entityManager.createQuery(SELECT + "from Rule r left join r.regulator g order by r.name", Object[].class));
    }

    public List<RuleRef> involvedIn(long eventId) {
        return refs(entityManager.createQuery(SELECT + "from Event e join e.rules r left join r.regulator g "
                + "where e.id = :id order by r.name", Object[].class).setParameter("id", eventId));
    }

    private static List<RuleRef> refs(TypedQuery<Object[]> query) {
        return query.getResultList().stream()
                .map(row -> new RuleRef((String) row[0], (String) row[1], (String) row[2],
                        row[3] == null ? null : new EntityRef((String) row[3], (String) row[4])))
                .toList();
    }
}
