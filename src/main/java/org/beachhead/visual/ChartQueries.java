package org.beachhead.visual;

import org.beachhead.common.BadParameterException;
import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;
import org.beachhead.model.DealStatus;
import org.beachhead.model.Event;
import org.beachhead.model.EventKind;
import org.beachhead.model.PartnerRepository;
import org.beachhead.timeline.TimelineFilter;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;

/**
 * The chart's queries: how many of a filter's events each lane has, and how many each lane has per
 * year or month, both grouped in the database so that a chart of a long corpus never reads its events
 * one by one; and the dates that end the bars of the deals it draws. The filter means what it means
 * on the timeline: any of its partners, any of its kinds, between its years inclusive.
 */
interface ChartQueries extends Repository<Event, Long> {

    /** The events of a filter: how many, over which years, and how many in each lane. */
    record LaneCounts(long total, Integer firstYear, Integer lastYear, List<LaneCount> lanes) {

        /** Marks the detailed chart would draw: one per event and lane it is in, echoes included. */
        long marks() {
            return lanes.stream().mapToLong(LaneCount::events).sum();
        }
    }

    /** How many events a filter matches, their first and last years (null for none), and how many of the filter's partners exist. */
    record EventSpan(long events, Integer firstYear, Integer lastYear, long knownPartners) {
    }

    /** A lane's number of events; {@code partner} is null for the events that name no partner. */
    record LaneCount(EntityRef partner, long events) {

        LaneCount(String partnerSlug, String partnerName, String partnerChineseName, long events) {
            this(partnerSlug == null ? null : new EntityRef(partnerSlug, partnerName, partnerChineseName), events);
        }
    }

    /** A lane's events in one year or month; {@code partnerSlug} null for events naming no partner, {@code month} null for a year or a year-only date. */
    record PeriodCount(String partnerSlug, int year, Integer month, long events) {
    }

    /**
     * The events of a deal on one date, among those of its first and last years: with the first and the
     * last of their slugs, which decide, between events of the same day, which one reports the deal first or last.
     */
    record BarDate(String dealSlug, String dealName, String dealChineseName, DealStatus status, PartialDate statusAsOf, int year, Integer month,
                   Integer day, boolean approximate, String firstEventSlug, String lastEventSlug) {

        PartialDate date() {
            return new PartialDate(year, month, day, approximate);
        }
    }

    /** A party of a deal the chart draws. */
    record DealParty(String dealSlug, String partnerSlug, String partnerName, String partnerChineseName) {

        EntityRef partner() {
            return new EntityRef(partnerSlug, partnerName, partnerChineseName);
        }
    }

    /** The events ({@code e}) a timeline filter matches; a partner or kind condition applies only when its flag is set. */
    String MATCHING = " " + """
             where (:byPartner = false or exists (select 1 from Event f join f.partners fp where f = e and fp.slug in :partners))
             and (:byKind = false or e.kind in :kinds)
             and e.date.year between :fromYear and :toYear""";

    /**
     * @throws BadParameterException when the filter names a partner the corpus does not have
     */
    default LaneCounts lanes(TimelineFilter filter) {
        EventSpan span = span(!filter.partners().isEmpty(), filter.partners(), !filter.kinds().isEmpty(), filter.kinds(),
                fromYear(filter), toYear(filter));
        if (span.knownPartners() < new HashSet<>(filter.partners()).size()) {
            PartnerRepository.requireKnown("partner", filter.partners(), knownPartners(filter.partners()));
        }
        return new LaneCounts(span.events(), span.firstYear(), span.lastYear(), laneCounts(!filter.partners().isEmpty(),
                filter.partners(), !filter.kinds().isEmpty(), filter.kinds(), fromYear(filter), toYear(filter)));
    }

    /**
     * How many of the filter's events each of these lanes has per year, or per month (a year-only
     * date counted apart, with no month); the lane of events naming no partner when {@code withoutPartner}
     * or when no partner's lane is asked for.
     */
    default List<PeriodCount> periods(TimelineFilter filter, Collection<String> partnerSlugs, boolean withoutPartner,
                                      boolean byMonth) {
        boolean noPartnerLane = withoutPartner || partnerSlugs.isEmpty();
        return byMonth
                ? periodsByMonth(!filter.partners().isEmpty(), filter.partners(), !filter.kinds().isEmpty(), filter.kinds(),
                        fromYear(filter), toYear(filter), partnerSlugs, noPartnerLane)
                : periodsByYear(!filter.partners().isEmpty(), filter.partners(), !filter.kinds().isEmpty(), filter.kinds(),
                        fromYear(filter), toYear(filter), partnerSlugs, noPartnerLane);
    }

    private static int fromYear(TimelineFilter filter) {
        return filter.from() == null ? Integer.MIN_VALUE : filter.from();
    }

    private static int toYear(TimelineFilter filter) {
        return filter.to() == null ? Integer.MAX_VALUE : filter.to();
    }

    /** How many events match, over which years, and how many of the partners the filter names exist, to check them. */
    @Query("select new org.beachhead.visual.ChartQueries$EventSpan(count(e), min(e.date.year), max(e.date.year),"
            + " (select count(k) from Partner k where k.slug in :partners)) from Event e" + MATCHING)
    EventSpan span(boolean byPartner, Collection<String> partners, boolean byKind, Collection<EventKind> kinds,
                   int fromYear, int toYear);

    @Query("select new org.beachhead.common.EntityRef(k.slug, k.name, k.chineseName) from Partner k where k.slug in :slugs")
    List<EntityRef> knownPartners(Collection<String> slugs);

    /** Every lane's count: a partner's, or (a null partner) the events that name none. */
    @Query("select new org.beachhead.visual.ChartQueries$LaneCount(p.slug, p.name, p.chineseName, count(e))"
            + " from Event e left join e.partners p" + MATCHING + " group by p.slug, p.name, p.chineseName")
    List<LaneCount> laneCounts(boolean byPartner, Collection<String> partners, boolean byKind, Collection<EventKind> kinds,
                               int fromYear, int toYear);

    String IN_LANES = " and (p.slug in :lanes or (:noPartnerLane = true and p is null))";

    @Query("select new org.beachhead.visual.ChartQueries$PeriodCount(p.slug, e.date.year, cast(null as Integer), count(e))"
            + " from Event e left join e.partners p" + MATCHING + IN_LANES + " group by p.slug, e.date.year")
    List<PeriodCount> periodsByYear(boolean byPartner, Collection<String> partners, boolean byKind,
                                    Collection<EventKind> kinds, int fromYear, int toYear, Collection<String> lanes,
                                    boolean noPartnerLane);

    @Query("select new org.beachhead.visual.ChartQueries$PeriodCount(p.slug, e.date.year, e.date.month, count(e))"
            + " from Event e left join e.partners p" + MATCHING + IN_LANES + " group by p.slug, e.date.year, e.date.month")
    List<PeriodCount> periodsByMonth(boolean byPartner, Collection<String> partners, boolean byKind,
                                     Collection<EventKind> kinds, int fromYear, int toYear, Collection<String> lanes,
                                     boolean noPartnerLane);

    /**
     * The dates of these deals' events in each deal's first and last years, one row per deal and date:
     * what the bars start and end with, however many events a deal has.
     */
    @Query("""
            select new org.beachhead.visual.ChartQueries$BarDate(d.slug, d.name, d.chineseName, d.status, d.statusAsOf,
                e.date.year,
                e.date.month, e.date.day, e.date.approximate, min(e.slug), max(e.slug))
            from Event e join e.deal d
            where d.slug in :dealSlugs
              and (e.date.year = (select min(f.date.year) from Event f where f.deal = d)
                or e.date.year = (select max(f.date.year) from Event f where f.deal = d))
            group by d.slug, d.name, d.chineseName, d.status, d.statusAsOf, e.date.year, e.date.month, e.date.day, e.date.approximate""")
    List<BarDate> barDates(Collection<String> dealSlugs);

    @Query("select new org.beachhead.visual.ChartQueries$DealParty(d.slug, p.slug, p.name, p.chineseName)"
            + " from Deal d join d.partners p"
            + " where d.slug in :dealSlugs")
    List<DealParty> dealParties(Collection<String> dealSlugs);
}
