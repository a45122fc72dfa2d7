package org.beachhead.visual;

import org.beachhead.common.EntityRef;
import org.beachhead.model.EventKind;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.TimelineFilter;
import org.beachhead.visual.ChartLayout.Periods;
import org.beachhead.visual.ChartQueries.LaneCount;
import org.beachhead.visual.ChartQueries.PeriodCount;
import org.beachhead.visual.TimelineChart.GroupMark;
import org.beachhead.visual.TimelineChart.Lane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beachhead.visual.Fixtures.event;

/**
 * The chart of a large corpus: thousands of generated events, counted per lane and period the way
 * {@link ChartQueries} counts them in the database, then laid out.
 */
class GroupedChartLayoutTest {

    private static final int PARTNERS = 100;
    private static final TimelineFilter FILTER = new TimelineFilter(List.of(), List.of(EventKind.DEAL), null, null, false);

    /** 20,300 events from 2005 to 2024 (see {@link #generated}). */
    private static final List<EventCard> EVENTS = generated(2005, 20);

    @Test
    void aLargeCorpusGivesAtMostTheBoundOfLanesAndMarks() {
        TimelineChart chart = grouped(EVENTS);

        assertThat(chart.lanes()).hasSize(ChartLayout.MAX_LANES);
        assertThat(chart.groups()).isNotEmpty().hasSizeLessThanOrEqualTo(ChartLayout.MAX_MARKS);
        assertThat(chart.marks()).isEmpty();
        assertThat(chart.bars()).isEmpty();
        assertThat(chart.isEmpty()).isFalse();
    }

    @Test
    void onAPhoneTheGroupedChartFitsItsNarrowFrameWithEachLaneNamedAboveItsMarks() {
        TimelineChart wide = grouped(EVENTS);
        TimelineChart narrow = grouped(EVENTS, ChartLayout.Frame.NARROW);

        assertThat(narrow.labelsAbove()).isTrue();
        assertThat(narrow.lanes()).extracting(Lane::partner).isEqualTo(wide.lanes().stream().map(Lane::partner).toList());
        assertThat(narrow.groups()).hasSameSizeAs(wide.groups()).allSatisfy(mark -> {
            assertThat(mark.x() - mark.radius()).isGreaterThanOrEqualTo(0);
            assertThat(mark.x() + mark.radius()).isLessThanOrEqualTo(narrow.width());
        });
        for (Lane lane : narrow.lanes()) {
            assertThat(narrow.groups()).filteredOn(mark -> mark.y() > lane.y() && mark.y() < lane.y() + lane.height())
                    .isNotEmpty().allSatisfy(mark -> assertThat(mark.y() - mark.radius()).isGreaterThanOrEqualTo(lane.labelY()));
        }
    }

    @Test
    void theLanesAreThoseOfThePartnersWithTheMostEventsBusiestFirst() {
        List<LaneCount> lanes = ChartLayout.busiestLanes(laneCounts(EVENTS), List.of());

        assertThat(lanes).extracting(lane -> lane.partner().slug())
                .containsExactly("p00", "p01", "p02", "p03", "p04", "p05", "p06", "p07", "p08", "p09", "p10", "p11", "p12", "p13", "p14");
    }

    @Test
    void selectedPartnersKeepTheirLanesFirstAndTheLaneWithoutPartnerComesLast() {
        List<LaneCount> lanes = ChartLayout.busiestLanes(laneCounts(EVENTS), List.of("p99", "p42"));

        assertThat(lanes).hasSize(ChartLayout.MAX_LANES);
        assertThat(lanes.subList(0, 2)).extracting(lane -> lane.partner().slug()).containsExactly("p42", "p99");

        List<LaneCount> withoutPartnerAmongTheBusiest = new ArrayList<>(laneCounts(EVENTS));
        withoutPartnerAmongTheBusiest.add(new LaneCount(null, 1_000_000));
        assertThat(ChartLayout.busiestLanes(withoutPartnerAmongTheBusiest, List.of()).get(ChartLayout.MAX_LANES - 1).partner()).isNull();
    }

    @Test
    void eachLaneCountsEveryOneOfItsEventsOnceAndEachMarkItsEventsInItsPeriod() {
        TimelineChart chart = grouped(EVENTS);
        Periods periods = Periods.spanning(2005, 2024);

        for (GroupMark mark : chart.groups()) {
            long expected = EVENTS.stream()
                    .filter(event -> event.partners().contains(mark.partner()))
                    .filter(event -> event.date().year() >= mark.first().year() && event.date().year() <= mark.last().year())
                    .count();
            assertThat(mark.events()).as(mark.partner().slug() + " " + mark.first() + "–" + mark.last()).isEqualTo(expected);
            assertThat(mark.last().year() - mark.first().year() + 1).isLessThanOrEqualTo(periods.yearsPerColumn());
        }
        Map<EntityRef, Long> perLane = chart.groups().stream()
                .collect(Collectors.groupingBy(GroupMark::partner, Collectors.summingLong(GroupMark::events)));
        laneCounts(EVENTS).stream().filter(lane -> perLane.containsKey(lane.partner()))
                .forEach(lane -> assertThat(perLane.get(lane.partner())).isEqualTo(lane.events()));
        assertThat(perLane).hasSize(ChartLayout.MAX_LANES);
    }

    @Test
    void aMarkLinksToTheTimelineOfItsPartnerAndYearsWithTheFiltersKinds() {
        GroupMark first = grouped(EVENTS).groups().get(0);

        assertThat(first.href()).isEqualTo("/timeline?partner=p00&kind=deal&from=%d&to=%d"
                .formatted(first.first().year(), first.last().year()));
    }

    @ParameterizedTest
    @CsvSource({"2017, 2017, true, 1", "2016, 2017, true, 1", "2015, 2017, false, 1", "2000, 2024, false, 2", "1950, 2024, false, 4"})
    void shortSpansAreGroupedByMonthAndLongOnesByRunsOfYearsThatFitTheAxis(int first, int last, boolean byMonth, int yearsPerColumn) {
        Periods periods = Periods.spanning(first, last);

        assertThat(periods.byMonth()).isEqualTo(byMonth);
        assertThat(periods.yearsPerColumn()).isEqualTo(yearsPerColumn);
        assertThat(byMonth ? (last - first + 1) * 12 : Math.ceil((last - first + 1.0) / yearsPerColumn))
                .isLessThanOrEqualTo(ChartLayout.MAX_COLUMNS);
    }

    @Test
    void withinTwoYearsAMarkIsAMonthAndYearOnlyDatesHaveTheirOwnMarkSpanningTheYear() {
        List<EventCard> events = new ArrayList<>(generated(2016, 2));
        events.add(event("year-only", "2016", "p00"));
        TimelineChart chart = grouped(events);

        assertThat(chart.groups()).hasSizeLessThanOrEqualTo(ChartLayout.MAX_MARKS);
        GroupMark march = chart.groups().stream()
                .filter(mark -> mark.partner().slug().equals("p00") && Objects.equals(mark.first().month(), 3) && mark.first().year() == 2017)
                .findFirst().orElseThrow();
        assertThat(march.spansYears()).isFalse();
        assertThat(march.events()).isEqualTo(events.stream().filter(event -> event.partners().contains(march.partner())
                && event.date().year() == 2017 && Objects.equals(event.date().month(), 3)).count());
        GroupMark yearOnly = chart.groups().stream()
                .filter(mark -> mark.partner().slug().equals("p00") && mark.first().month() == null).findFirst().orElseThrow();
        assertThat(yearOnly.spansYears()).isTrue();
        assertThat(yearOnly.events()).isEqualTo(1);
        assertThat(yearOnly.href()).endsWith("from=2016&to=2016");
    }

    @Test
    void marksAreInsideTheirLanesAndTheBusiestPeriodHasTheLargestMark() {
        TimelineChart chart = grouped(EVENTS);

        for (GroupMark mark : chart.groups()) {
            Lane lane = chart.lanes().stream().filter(candidate -> candidate.partner().equals(mark.partner())).findFirst().orElseThrow();
            assertThat(mark.y() - mark.radius()).isGreaterThanOrEqualTo(lane.y());
            assertThat(mark.y() + mark.radius()).isLessThanOrEqualTo(lane.y() + lane.height());
            assertThat(mark.radius()).isBetween(ChartLayout.GROUP_MIN_RADIUS, ChartLayout.GROUP_MAX_RADIUS);
        }
        GroupMark busiest = chart.groups().stream().max(Comparator.comparingLong(GroupMark::events)).orElseThrow();
        assertThat(busiest.radius()).isEqualTo(ChartLayout.GROUP_MAX_RADIUS);
    }

    @Test
    void theLaneOfEventsWithoutAPartnerHasMarksButNoLinks() {
        List<LaneCount> lanes = List.of(new LaneCount(null, 3));
        TimelineChart chart = ChartLayout.grouped(lanes, 2015, 2015, Periods.spanning(2015, 2015),
                List.of(new PeriodCount(null, 2015, 5, 3)), FILTER);

        assertThat(chart.lanes()).extracting(Lane::partner).containsExactly((EntityRef) null);
        assertThat(chart.groups()).singleElement().satisfies(mark -> {
            assertThat(mark.events()).isEqualTo(3);
            assertThat(mark.href()).isNull();
        });
    }

    private static TimelineChart grouped(List<EventCard> events) {
        return grouped(events, ChartLayout.Frame.WIDE);
    }

    private static TimelineChart grouped(List<EventCard> events, ChartLayout.Frame frame) {
        List<LaneCount> lanes = ChartLayout.busiestLanes(laneCounts(events), List.of());
        int first = events.stream().mapToInt(event -> event.date().year()).min().orElseThrow();
        int last = events.stream().mapToInt(event -> event.date().year()).max().orElseThrow();
        Periods periods = Periods.spanning(first, last);
        return ChartLayout.grouped(lanes, first, last, periods, periodCounts(events, periods.byMonth()), FILTER, frame);
    }

    /** What {@link ChartQueries#lanes} counts: each event once in each of its partners' lanes, or in the lane without partner. */
    private static List<LaneCount> laneCounts(List<EventCard> events) {
        Map<EntityRef, Long> counts = new HashMap<>();
        events.forEach(event -> lanesOf(event).forEach(partner -> counts.merge(partner, 1L, Long::sum)));
        return counts.entrySet().stream().map(entry -> new LaneCount(entry.getKey(), entry.getValue())).toList();
    }

    /** What {@link ChartQueries#periods} counts, for every lane. */
    private static List<PeriodCount> periodCounts(List<EventCard> events, boolean byMonth) {
        record Key(String partner, int year, Integer month) {
        }
        Map<Key, Long> counts = new HashMap<>();
        events.forEach(event -> lanesOf(event).forEach(partner -> counts.merge(new Key(partner == null ? null : partner.slug(),
                event.date().year(), byMonth ? event.date().month() : null), 1L, Long::sum)));
        return counts.entrySet().stream()
                .map(entry -> new PeriodCount(entry.getKey().partner(), entry.getKey().year(), entry.getKey().month(), entry.getValue()))
                .toList();
    }

    private static List<EntityRef> lanesOf(EventCard event) {
        return event.partners().isEmpty() ? Collections.singletonList(null) : event.partners();
    }

    /**
     * Partner {@code k} is the first partner of 4 × (100 − k) events, every seventh of which (for
     * {@code k > 0}) also names partner {@code k − 1}: the busiest partners are p00, p01…
     * in that order. A hundred more events name no partner. Dates go round the years, then the months.
     */
    private static List<EventCard> generated(int firstYear, int years) {
        List<EventCard> events = new ArrayList<>();
        for (int partner = 0; partner < PARTNERS; partner++) {
            for (int n = 0; n < 4 * (PARTNERS - partner); n++) {
                String[] partners = partner > 0 && n % 7 == 0 ? new String[] {slug(partner), slug(partner - 1)}
                        : new String[] {slug(partner)};
                events.add(event("e" + events.size(), date(events.size(), firstYear, years), partners));
            }
        }
        for (int n = 0; n < 100; n++) {
            events.add(event("e" + events.size(), date(events.size(), firstYear, years)));
        }
        return events;
    }

    private static String date(int index, int firstYear, int years) {
        return "%d-%02d".formatted(firstYear + index % years, 1 + index / years % 12);
    }

    private static String slug(int partner) {
        return "p%02d".formatted(partner);
    }
}
