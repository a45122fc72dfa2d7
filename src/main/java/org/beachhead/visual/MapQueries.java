package org.beachhead.visual;

import jakarta.persistence.EntityManager;
import org.beachhead.common.EntityRef;
import org.beachhead.model.DealStatus;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;

/**
 * The map's queries of its own: which regulators share events with which partners and, for a map
 * bounded to the busiest partners, the deals counted per pair of parties and the titles and
 * regulators of the partners drawn, each read in one statement.
 */
@Repository
class MapQueries {

    private final EntityManager entityManager;

    MapQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<RegulatorLink> regulatorLinks() {
        return regulatorLinks(entityManager.createQuery("""
                select distinct r.slug, coalesce(r.shortName, r.name), p.slug
                from Event e join e.regulators r left join e.partners p""", Object[].class).getResultList());
    }

    /**
     * The regulators named in events with these partners, at most {@code limit} links, by regulator
     * then partner slug (so the same corpus always gives the same ones).
     */
    List<RegulatorLink> regulatorLinks(Collection<String> partnerSlugs, int limit) {
        return regulatorLinks(entityManager.createQuery("""
                        select distinct r.slug, coalesce(r.shortName, r.name), p.slug
                        from Event e join e.regulators r join e.partners p where p.slug in :partners
                        order by r.slug, p.slug""", Object[].class)
                .setParameter("partners", partnerSlugs).setMaxResults(limit).getResultList());
    }

    private static List<RegulatorLink> regulatorLinks(List<Object[]> rows) {
        return rows.stream()
                .map(row -> new RegulatorLink(new EntityRef((String) row[0], (String) row[1]), (String) row[2]))
                .toList();
    }

    /**
     * How many deals of each status each pair of parties has: Netflix with each partner it dealt
     * with (a null {@code partnerSlug}), and two partners dealing without Netflix (the smaller slug
     * first). Counted in the database, so this grows with the pairs, not with the deals.
     */
    List<PairCount> dealPairs() {
        return entityManager.createQuery("""
                        select cast(null as String), q.slug, d.status, count(d)
                        from Deal d join d.partners q where d.netflixParty = true group by q.slug, d.status
                        union all
                        select p.slug, q.slug, d.status, count(d)
                        from Deal d join d.partners p join d.partners q
                        where d.netflixParty = false and p.slug < q.slug group by p.slug, q.slug, d.status""", Object[].class)
                .getResultList().stream()
                .map(row -> new PairCount((String) row[0], (String) row[1], (DealStatus) row[2], (Long) row[3]))
                .toList();
    }

    /**
     * The titles of these partners' deals, with the partners they are linked to, at most
     * {@code limit} links: those of the titles in the most deals first.
     */
    List<TitleLink> titleLinks(Collection<String> partnerSlugs, int limit) {
        return entityManager.createQuery("""
                        select t.slug, t.name, p.slug, count(d)
                        from Deal d join d.titles t join d.partners p where p.slug in :partners
                        group by t.slug, t.name, p.slug order by count(d) desc, t.slug, p.slug""", Object[].class)
                .setParameter("partners", partnerSlugs).setMaxResults(limit).getResultList().stream()
                .map(row -> new TitleLink(new EntityRef((String) row[0], (String) row[1]), (String) row[2]))
                .toList();
    }

    /** The deals of one status between two parties; {@code partnerSlug} null for Netflix. */
    record PairCount(String partnerSlug, String otherPartnerSlug, DealStatus status, long deals) {
    }

    /** A title and a partner of one of its deals. */
    record TitleLink(EntityRef title, String partnerSlug) {
    }
}
