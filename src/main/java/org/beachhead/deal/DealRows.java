package org.beachhead.deal;

import org.beachhead.model.Deal;
import org.beachhead.model.DealStatus;
import org.beachhead.model.DealType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

/**
 * The deal queries, each giving one record type: the deals a filter matches in the order of the
 * deals list, then the events, parties, other organisations and titles of a page of them, one statement each.
 */
interface DealRows extends Repository<Deal, Long> {

    /**
     * When the corpus first reports a deal, as one sortable number that orders like
     * {@code PartialDate.CHRONOLOGICAL} (a year-only date before that year's months); no event: null, last.
     */
    String BY_FIRST_REPORTED = " order by (select min(e.date.year * 10000 + coalesce(e.date.month, 0) * 100"
            + " + coalesce(e.date.day, 0)) from Event e where e.deal = d) nulls last, d.name, d.slug";

    String HEAD = "select new org.beachhead.deal.DealHead(d.id, d.slug, d.name, d.chineseName, d.type, d.status, d.netflixParty, d.summary,"
            + " d.statusAsOf) from Deal d";

    /** The status and type conditions; each applies only when its flag says the filter names any value. */
    String STATUS_AND_TYPE = " (:byStatus = false or d.status in :statuses) and (:byType = false or d.type in :types)";
    /**
     * The deals of any of {@code :partners}, as a condition of its own: the database then reads just
     * those deals by id, where an optional form made it test every deal.
     */
    String OF_PARTNERS = " where d.id in (select g.id from Deal g join g.partners gp where gp.slug in :partners) and";

    @Query(HEAD + " where" + STATUS_AND_TYPE + BY_FIRST_REPORTED)
    List<DealHead> all(boolean byStatus, Collection<DealStatus> statuses, boolean byType, Collection<DealType> types,
                       Pageable page);

    @Query(HEAD + OF_PARTNERS + STATUS_AND_TYPE + BY_FIRST_REPORTED)
    List<DealHead> ofPartners(Collection<String> partners, boolean byStatus, Collection<DealStatus> statuses,
                              boolean byType, Collection<DealType> types, Pageable page);

    @Query("select count(d) from Deal d where" + STATUS_AND_TYPE)
    long countAll(boolean byStatus, Collection<DealStatus> statuses, boolean byType, Collection<DealType> types);

    @Query("select count(d) from Deal d" + OF_PARTNERS + STATUS_AND_TYPE)
    long countOfPartners(Collection<String> partners, boolean byStatus, Collection<DealStatus> statuses, boolean byType,
                         Collection<DealType> types);

    /** The deals the filter matches, in the deals list's order. */
    default List<DealHead> matching(DealFilter filter, Pageable page) {
        boolean byStatus = !filter.statuses().isEmpty();
        boolean byType = !filter.types().isEmpty();
        return filter.partners().isEmpty() ? all(byStatus, filter.statuses(), byType, filter.types(), page)
                : ofPartners(filter.partners(), byStatus, filter.statuses(), byType, filter.types(), page);
    }

    default long countMatching(DealFilter filter) {
        boolean byStatus = !filter.statuses().isEmpty();
        boolean byType = !filter.types().isEmpty();
        return filter.partners().isEmpty() ? countAll(byStatus, filter.statuses(), byType, filter.types())
                : countOfPartners(filter.partners(), byStatus, filter.statuses(), byType, filter.types());
    }

    /** Every deal once for each of its parties (once with a null slug when it has none): the deals list's facets. */
    @Query("select new org.beachhead.deal.DealFacetRow(d.id, d.status, d.type, p.slug) from Deal d left join d.partners p")
    List<DealFacetRow> facetRows();

    @Query(HEAD + " where d.slug in :slugs" + BY_FIRST_REPORTED)
    List<DealHead> withSlugs(Collection<String> slugs);

    @Query(HEAD + " where exists (select 1 from Deal g join g.titles gt where g = d and gt.slug = :titleSlug)"
            + BY_FIRST_REPORTED)
    List<DealHead> involvingTitle(String titleSlug);

    /**
     * Of each deal's events in date order, the first {@code shown}, the first and the last, each with
     * its position and the deal's number of events: a deal reported ten thousand times gives as many
     * rows as one reported a few times. Numbered in a derived table of the events alone, as joined to
     * the deals the window made H2 evaluate it once per deal.
     */
    @Query("""
            select new org.beachhead.deal.DealEventRow(x.dealId, x.slug, x.headline, x.headlineZh, x.year, x.month, x.day,
                x.approximate, x.datedBy, x.dateNote, x.dateNoteZh, x.position, x.total)
            from (select e.deal.id as dealId, e.slug as slug, e.headline.en as headline, e.headline.zh as headlineZh,
                    e.date.year as year, e.date.month as month, e.date.day as day, e.date.approximate as approximate,
                    e.datedBy as datedBy, e.dateNote.en as dateNote, e.dateNote.zh as dateNoteZh,
                    row_number() over (partition by e.deal.id order by e.date.year, coalesce(e.date.month, 0),
                        coalesce(e.date.day, 0), e.slug) as position,
                    count(*) over (partition by e.deal.id) as total
                from Event e where e.deal.id in :dealIds) x
            where x.position <= :shown or x.position = 1 or x.position = x.total
            order by x.dealId, x.position""")
    List<DealEventRow> events(Collection<Long> dealIds, long shown);

    @Query("""
            select new org.beachhead.deal.DealLink(d.id, p.slug, p.name, p.chineseName, org.beachhead.model.Role.PARTY)
            from Deal d join d.partners p where d.id in :dealIds""")
    List<DealLink> parties(Collection<Long> dealIds);

    /** The organisations in the deals other than as parties, with their role. */
    @Query("""
            select new org.beachhead.deal.DealLink(d.id, p.slug, p.name, p.chineseName, r.role)
            from Deal d join d.roles r join r.partner p where d.id in :dealIds""")
    List<DealLink> others(Collection<Long> dealIds);

    @Query("select new org.beachhead.deal.DealLink(d.id, t.slug, t.name, t.chineseName) from Deal d join d.titles t"
            + " where d.id in :dealIds order by d.id, t.slug")
    List<DealLink> titles(Collection<Long> dealIds);
}
