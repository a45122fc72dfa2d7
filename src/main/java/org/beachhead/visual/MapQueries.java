package org.beachhead.visual;

import jakarta.persistence.EntityManager;
import org.beachhead.common.EntityRef;
import org.springframework.stereotype.Repository;

import java.util.List;

/** The map's one query of its own: which regulators share events with which partners. */
@Repository
class MapQueries {

    private final EntityManager entityManager;

    MapQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<RegulatorLink> regulatorLinks() {
        return entityManager.createQuery("""
                        select distinct r.slug, coalesce(r.shortName, r.name), p.slug
                        from Event e join e.regulators r left join e.partners p""", Object[].class)
                .getResultList().stream()
                .map(row -> new RegulatorLink(new EntityRef((String) row[0], (String) row[1]), (String) row[2]))
                .toList();
    }
}
