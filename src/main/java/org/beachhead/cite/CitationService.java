package org.beachhead.cite;

import jakarta.persistence.EntityManager;
import org.beachhead.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CitationService {

    private final EntityManager entityManager;

    public CitationService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @throws NotFoundException when no article has this slug */
    @Transactional(readOnly = true)
    public CitedSource source(String slug) {
        return entityManager.createQuery("""
                        select new org.beachhead.cite.CitedSource(a.slug, a.headline, a.headlineSupplied, a.publisher,
                               a.published, a.publishedBasis, a.publishedNote, a.sha256)
                        from Article a where a.slug = :slug""", CitedSource.class)
                .setParameter("slug", slug).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("source", slug));
    }
}
