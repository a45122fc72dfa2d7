package org.beachhead.visual;

import org.beachhead.common.BadParameterException;
import org.beachhead.common.EntityRef;
import org.beachhead.model.EventKind;
import org.beachhead.timeline.EventQueries;
import org.beachhead.timeline.TimelineFilter;
import org.beachhead.visual.ChartQueries.LaneCount;
import org.beachhead.visual.ChartQueries.LaneCounts;
import org.beachhead.visual.ChartQueries.PeriodCount;
import org.beachhead.web.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The counts a grouped chart is drawn from, on the shipped corpus: they must agree with what the
 * timeline counts for the same filter, since each grouped mark links to that timeline.
 */
class ChartQueriesTest extends PageTest {

    @Autowired
    ChartQueries queries;

    @Autowired
    EventQueries events;

    @Test
    void eachPartnersLaneHasAsManyEventsAsTheTimelineFindsForThatPartner() {
        TimelineFilter deals = new TimelineFilter(List.of(), List.of(EventKind.DEAL), null, null, false);
        LaneCounts counts = queries.lanes(deals);

        assertThat(counts.total()).isEqualTo(events.countMatching(deals)).isPositive();
        assertThat(counts.lanes()).filteredOn(lane -> lane.partner() != null).isNotEmpty().allSatisfy(lane -> assertThat(lane.events())
                .as(lane.partner().slug()).isEqualTo(events.countMatching(
                        new TimelineFilter(List.of(lane.partner().slug()), List.of(EventKind.DEAL), null, null, false))));
        assertThat(counts.marks()).isGreaterThanOrEqualTo(counts.total());
    }

    @Test
    void theWholeCorpusSpansItsYearsAndHasALaneForEventsWithoutAPartner() {
        LaneCounts counts = queries.lanes(TimelineFilter.NONE);

        assertThat(counts.total()).isEqualTo(43);
        assertThat(counts.firstYear()).isEqualTo(2013);
        assertThat(counts.lastYear()).isEqualTo(2023);
        assertThat(counts.lanes()).anySatisfy(lane -> assertThat(lane.partner()).isNull());
    }

    @Test
    void theCountsPerYearAndPerMonthAddUpToTheLanesCounts() {
        TimelineFilter from2015 = new TimelineFilter(List.of(), List.of(), 2015, null, false);
        LaneCounts counts = queries.lanes(from2015);
        List<String> partners = counts.lanes().stream().map(LaneCount::partner).filter(Objects::nonNull).map(EntityRef::slug).toList();
        Map<String, Long> expected = counts.lanes().stream()
                .collect(Collectors.toMap(lane -> lane.partner() == null ? "" : lane.partner().slug(), LaneCount::events));

        for (boolean byMonth : new boolean[] {false, true}) {
            List<PeriodCount> periods = queries.periods(from2015, partners, true, byMonth);
            assertThat(periods).allSatisfy(period -> assertThat(period.year()).isGreaterThanOrEqualTo(2015));
            assertThat(periods.stream().collect(Collectors.groupingBy(
                    period -> period.partnerSlug() == null ? "" : period.partnerSlug(), Collectors.summingLong(PeriodCount::events))))
                    .isEqualTo(expected);
            assertThat(periods.stream().anyMatch(period -> period.month() != null)).isEqualTo(byMonth);
        }
    }

    @Test
    void onlyTheAskedLanesAreCounted() {
        List<PeriodCount> periods = queries.periods(TimelineFilter.NONE, List.of("iqiyi"), false, false);

        assertThat(periods).isNotEmpty().extracting(PeriodCount::partnerSlug).containsOnly("iqiyi");
        assertThat(queries.periods(TimelineFilter.NONE, List.of(), true, false))
                .isNotEmpty().extracting(PeriodCount::partnerSlug).containsOnlyNulls();
    }

    @Test
    void aFilterByPartnerCountsItsPartnersLanesAndRejectsAnUnknownPartner() {
        LaneCounts wasu = queries.lanes(new TimelineFilter(List.of("wasu"), List.of(), null, null, false));

        assertThat(wasu.lanes()).extracting(lane -> lane.partner().slug()).contains("wasu", "alibaba");
        assertThat(wasu.lanes()).filteredOn(lane -> lane.partner().slug().equals("wasu")).singleElement()
                .satisfies(lane -> assertThat(lane.events()).isEqualTo(wasu.total()));
        assertThatThrownBy(() -> queries.lanes(new TimelineFilter(List.of("wasu", "netflix"), List.of(), null, null, false)))
                .isInstanceOf(BadParameterException.class);
    }
}
