package org.beachhead.timeline;

import org.beachhead.common.EntityRef;
import org.beachhead.model.Certainty;
import org.beachhead.model.Event;
import org.beachhead.model.EventKind;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The timeline's typed reads: pages of event rows (all, a filter's, an owner's, a deal's), what those
 * events link to, and what the facets are counted from. A filter is fixed JPQL with optional
 * parameters: an empty choice of kinds, or a null year, restricts nothing.
 */
interface EventRows extends Repository<Event, Long> {

    String ROW = "select new org.beachhead.timeline.EventRow(e.id, e.slug, e.kind, e.headline, e.date, e.datedBy,"
            + " e.dateNote, e.attribution, s.slug, s.name, s.chineseName, e.relayedFrom, e.certainty, e.reported, d.slug,"
            + " d.name, d.chineseName)"
            + " from Event e left join e.deal d left join e.speaker s ";
    String KINDS = "(:anyKind = false or e.kind in :kinds)"
            + " and (:anyCertainty = false or e.certainty in :certainties)";
    String YEARS = "(:from is null or e.date.year >= :from) and (:to is null or e.date.year <= :to)";
    /**
     * The events of any of {@code :partners}, as a condition of its own: the database then reads just
     * those events by id, where an optional form makes it read every event to test each.
     */
    String OF_PARTNERS = " where e.id in (select pe.id from Event pe join pe.partners pp where pp.slug in :partners) and ";
    /** Oldest first, a year-only date before that year's months; the slug last, so pages never overlap or skip. */
    String OLDEST_FIRST = " order by e.date.year, e.date.month nulls first, e.date.day nulls first, e.slug";
    String NEWEST_FIRST = " order by e.date.year desc, e.date.month desc nulls last, e.date.day desc nulls last, e.slug desc";

    @Query(ROW + " where " + KINDS + " and " + YEARS + OLDEST_FIRST)
    List<EventRow> allOldestFirst(boolean anyKind, Collection<EventKind> kinds, boolean anyCertainty,
                                  Collection<Certainty> certainties, Integer from, Integer to, Pageable window);

    @Query(ROW + " where " + KINDS + " and " + YEARS + NEWEST_FIRST)
    List<EventRow> allNewestFirst(boolean anyKind, Collection<EventKind> kinds, boolean anyCertainty,
                                  Collection<Certainty> certainties, Integer from, Integer to, Pageable window);

    @Query(ROW + OF_PARTNERS + KINDS + " and " + YEARS + OLDEST_FIRST)
    List<EventRow> ofPartnersOldestFirst(Collection<String> partners, boolean anyKind, Collection<EventKind> kinds,
                                         boolean anyCertainty, Collection<Certainty> certainties, Integer from,
                                         Integer to, Pageable window);

    @Query(ROW + OF_PARTNERS + KINDS + " and " + YEARS + NEWEST_FIRST)
    List<EventRow> ofPartnersNewestFirst(Collection<String> partners, boolean anyKind, Collection<EventKind> kinds,
                                         boolean anyCertainty, Collection<Certainty> certainties, Integer from,
                                         Integer to, Pageable window);

    /** The events the filter matches, in its order. */
    default List<EventRow> matching(TimelineFilter f, Pageable window) {
        boolean anyKind = !f.kinds().isEmpty();
        boolean anyCertainty = !f.certainties().isEmpty();
        if (f.partners().isEmpty()) {
            return f.newestFirst()
                    ? allNewestFirst(anyKind, f.kinds(), anyCertainty, f.certainties(), f.from(), f.to(), window)
                    : allOldestFirst(anyKind, f.kinds(), anyCertainty, f.certainties(), f.from(), f.to(), window);
        }
        return f.newestFirst()
                ? ofPartnersNewestFirst(f.partners(), anyKind, f.kinds(), anyCertainty, f.certainties(), f.from(), f.to(), window)
                : ofPartnersOldestFirst(f.partners(), anyKind, f.kinds(), anyCertainty, f.certainties(), f.from(), f.to(), window);
    }

    @Query(ROW + "where e.slug = :slug")
    Optional<EventRow> bySlug(String slug);

    @Query(ROW + "where e.slug in :slugs")
    List<EventRow> bySlugs(Collection<String> slugs);

    /** The claims linked to the events, whichever of the two names the link. */
    @Query("""
            select new org.beachhead.timeline.ClaimLinkRef(l.event.id, l.relation, o.slug, o.headline, true)
            from ClaimLink l join l.other o where l.event.id in :ids
            union all
            select new org.beachhead.timeline.ClaimLinkRef(l.other.id, l.relation, e.slug, e.headline, false)
            from ClaimLink l join l.event e where l.other.id in :ids""")
    List<ClaimLinkRef> claimLinks(Collection<Long> ids);

    // An owner's events by id, from the owner's side: joined to the owner instead, the database walks
    // every event in the timeline's order and tests each.

    @Query(ROW + "where e.id in (select oe.id from Event oe join oe.deal o where o.slug = :slug)" + OLDEST_FIRST)
    List<EventRow> ofDeal(String slug, Pageable window);

    /**
     * These events in no order: a page of a partner's events, cut by {@link EventLinkIndex} from its list
     * in reading order. Paged here, the database read and sorted all of a partner's events for each page.
     */
    @Query(ROW + "where e.id in :ids")
    List<EventRow> byIds(Collection<Long> ids);

    /** Every event's id, oldest first (the order of an owner's page of cards). */
    @Query("select e.id from Event e" + OLDEST_FIRST)
    List<Long> idsOldestFirst();

    @Query(ROW + "where e.id in (select oe.id from Event oe join oe.titles o where o.slug = :slug)" + OLDEST_FIRST)
    List<EventRow> ofTitle(String slug, Pageable window);

    @Query(ROW + "where e.id in (select oe.id from Event oe join oe.regulators o where o.slug = :slug)" + OLDEST_FIRST)
    List<EventRow> ofRegulator(String slug, Pageable window);

    @Query(ROW + "where e.id in (select oe.id from Event oe join oe.people o where o.slug = :slug)" + OLDEST_FIRST)
    List<EventRow> ofPerson(String slug, Pageable window);

    // What every event involves, one plain statement per kind of link, read once per import by
    // EventLinkIndex: a union of them costs H2 ten times as much (docs/benchmarks.md, "The card links").

    @Query("select new org.beachhead.timeline.EventLink(e.id, p.slug, p.name, p.chineseName)"
            + " from Event e join e.partners p")
    List<EventLink> partnersOfEvents();

    @Query("select new org.beachhead.timeline.EventLink(e.id, t.slug, t.name, t.chineseName)"
            + " from Event e join e.titles t")
    List<EventLink> titlesOfEvents();

    @Query("select new org.beachhead.timeline.EventLink(e.id, r.slug, coalesce(r.shortName, r.name), r.chineseName)"
            + " from Event e join e.regulators r")
    List<EventLink> regulatorsOfEvents();

    @Query("select new org.beachhead.timeline.EventLink(e.id, m.slug, m.name, m.chineseName)"
            + " from Event e join e.people m")
    List<EventLink> peopleOfEvents();

    // The same links of some events only, by slug: what a saved change rewrote (EventLinkIndex.updated).

    @Query("select new org.beachhead.timeline.EventLink(e.id, p.slug, p.name, p.chineseName)"
            + " from Event e join e.partners p where e.slug in :events")
    List<EventLink> partnersOfEvents(Collection<String> events);

    @Query("select new org.beachhead.timeline.EventLink(e.id, t.slug, t.name, t.chineseName)"
            + " from Event e join e.titles t where e.slug in :events")
    List<EventLink> titlesOfEvents(Collection<String> events);

    @Query("select new org.beachhead.timeline.EventLink(e.id, r.slug, coalesce(r.shortName, r.name), r.chineseName)"
            + " from Event e join e.regulators r where e.slug in :events")
    List<EventLink> regulatorsOfEvents(Collection<String> events);

    @Query("select new org.beachhead.timeline.EventLink(e.id, m.slug, m.name, m.chineseName)"
            + " from Event e join e.people m where e.slug in :events")
    List<EventLink> peopleOfEvents(Collection<String> events);

    @Query("select new org.beachhead.timeline.EventLink$InRole(e.id, r.role, p.slug, p.name, p.chineseName)"
            + " from Event e join e.roles r join r.partner p where e.slug in :events")
    List<EventLink.InRole> othersInEvents(Collection<String> events);

    /** Every event's id by its slug, so that the link index can drop a removed event's links. */
    @Query("select new org.beachhead.timeline.EventLink$Id(e.id, e.slug) from Event e")
    List<EventLink.Id> eventIds();

    @Query("select new org.beachhead.timeline.EventLink$Id(e.id, e.slug) from Event e where e.slug in :events")
    List<EventLink.Id> eventIds(Collection<String> events);

    @Query("select new org.beachhead.timeline.EventLink$PersonRole(m.slug, m.role) from Person m")
    List<EventLink.PersonRole> personRoles();

    /** The organisations in the events other than as parties, with their role. */
    @Query("select new org.beachhead.timeline.EventLink$InRole(e.id, r.role, p.slug, p.name, p.chineseName)"
            + " from Event e join e.roles r join r.partner p")
    List<EventLink.InRole> othersInEvents();

    /** The articles an event's excerpts come from, each once. */
    @Query("""
            select distinct new org.beachhead.timeline.EventPage$CitedArticle(a.slug, a.headline, a.headlineSupplied,
                   a.publisher, a.published, a.publishedBasis, a.publishedNote, a.publishedQuote)
            from Excerpt x join x.article a where x.event.id = :id""")
    List<EventPage.CitedArticle> articlesCitedBy(long id);

    /** Every partner, in the order they were loaded. */
    @Query("select new org.beachhead.common.EntityRef(p.slug, p.name, p.chineseName) from Partner p order by p.id")
    List<EntityRef> partnerRefs();

    /** Each event once per partner (once with a null partner when it has none): what the filters test. */
    @Query("select new org.beachhead.timeline.Counts$EventPartner(e.id, e.kind, e.certainty, e.date.year, p.slug)"
            + " from Event e left join e.partners p")
    List<Counts.EventPartner> eventPartners();
}
