package org.beachhead.visual;

import org.beachhead.common.EntityRef;
import org.beachhead.model.DealStatus;
import org.beachhead.model.Event;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The map's queries of its own: which regulators share events with which partners and, for a map
 * bounded to the busiest partners, the deals counted per pair of parties and the titles and
 * regulators of the partners drawn.
 */
interface MapQueries extends Repository<Event, Long> {

    /** A regulator and a partner named in one event; {@code partnerSlug} is null for an event that names no partner. */
    record RegulatorLink(EntityRef regulator, String partnerSlug) {

        RegulatorLink(String regulatorSlug, String regulatorName, String regulatorChineseName, String partnerSlug) {
            this(new EntityRef(regulatorSlug, regulatorName, regulatorChineseName), partnerSlug);
        }
    }

    /** The deals of one status between two parties; {@code partnerSlug} null for Netflix. */
    record PairCount(String partnerSlug, String otherPartnerSlug, DealStatus status, long deals) {
    }

    /** A title and a partner of one of its deals. */
    record TitleLink(EntityRef title, String partnerSlug) {

        TitleLink(String titleSlug, String titleName, String titleChineseName, String partnerSlug) {
            this(new EntityRef(titleSlug, titleName, titleChineseName), partnerSlug);
        }
    }

    @Query("""
            select distinct new org.beachhead.visual.MapQueries$RegulatorLink(r.slug, coalesce(r.shortName, r.name),
                r.chineseName, p.slug)
            from Event e join e.regulators r left join e.partners p""")
    List<RegulatorLink> regulatorLinks();

    /**
     * The regulators named in events with these partners, at most {@code limit} links, by regulator
     * then partner slug (so the same corpus always gives the same ones).
     */
    @Query("""
            select distinct new org.beachhead.visual.MapQueries$RegulatorLink(r.slug, coalesce(r.shortName, r.name),
                r.chineseName, p.slug)
            from Event e join e.regulators r join e.partners p where p.slug in :partners
            order by r.slug, p.slug""")
    List<RegulatorLink> regulatorLinks(Collection<String> partners, Limit limit);

    /**
     * How many deals of each status each pair of parties has: Netflix with each partner it dealt
     * with (a null {@code partnerSlug}), and two partners dealing without Netflix (the smaller slug
     * first). Counted in the database, so this grows with the pairs, not with the deals.
     */
    default List<PairCount> dealPairs() {
        return Stream.concat(netflixPairs().stream(), partnerPairs().stream()).toList();
    }

    @Query("""
            select new org.beachhead.visual.MapQueries$PairCount(cast(null as String), q.slug, d.status, count(d))
            from Deal d join d.partners q where d.netflixParty = true group by q.slug, d.status""")
    List<PairCount> netflixPairs();

    @Query("""
            select new org.beachhead.visual.MapQueries$PairCount(p.slug, q.slug, d.status, count(d))
            from Deal d join d.partners p join d.partners q
            where d.netflixParty = false and p.slug < q.slug group by p.slug, q.slug, d.status""")
    List<PairCount> partnerPairs();

    /**
     * The titles of these partners' deals, with the partners they are linked to, at most
     * {@code limit} links: those of the titles in the most deals first.
     */
    @Query("""
            select new org.beachhead.visual.MapQueries$TitleLink(t.slug, t.name, t.chineseName, p.slug)
            from Deal d join d.titles t join d.partners p where p.slug in :partners
            group by t.slug, t.name, t.chineseName, p.slug order by count(d) desc, t.slug, p.slug""")
    List<TitleLink> titleLinks(Collection<String> partners, Limit limit);
}
