package org.beachhead.visual;

import org.beachhead.common.PartialDate;
import org.beachhead.model.DealStatus;
import org.beachhead.timeline.EventCard;
import org.beachhead.visual.TimelineChart.DealBar;
import org.beachhead.visual.TimelineChart.EventMark;
import org.beachhead.visual.TimelineChart.Lane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.beachhead.visual.Fixtures.deal;
import static org.beachhead.visual.Fixtures.event;

class ChartLayoutTest {

    private final List<EventCard> events = List.of(
            event("set-top-boxes", "2013", "alibaba", "wasu"),
            event("cloud-deal", "2015-01", "letv", "microsoft"),
            event("talks-begin", "c. 2015-03", "letv"),
            event("talks-continue", "c. 2015-03", "letv"),
            event("market-figure", "c. 2015-05"),
            event("bardo", "2017-08-11", "iqiyi"),
            event("bardo-release", "2017-08-12", "iqiyi"));

    private final List<DrawnDeal> deals = Stream.of(
            deal("letv-talks", DealStatus.IN_TALKS, true, List.of("letv"), List.of(), "c. 2015-03", "2016-08"),
            deal("cloud", DealStatus.SIGNED, false, List.of("letv", "microsoft"), List.of(), "2015-01"),
            // Sony is a party to this deal but no plotted event names it: it gets no lane.
            deal("bardo", DealStatus.ANNOUNCED, true, List.of("iqiyi", "sony"), List.of(), "2017-08-11", "2017-08-12"))
            .map(Fixtures::drawn).toList();

    private final TimelineChart chart = ChartLayout.layout(events, deals, List.of());
    private final TimeScale scale = new TimeScale(2013, 2017, ChartLayout.PLOT_LEFT, ChartLayout.PLOT_RIGHT);

    @Test
    void drawsOneLinkedMarkPerEventInDateOrder() {
        assertThat(chart.marks()).extracting(EventMark::slug).containsExactly(
                "set-top-boxes", "cloud-deal", "talks-begin", "talks-continue", "market-figure", "bardo", "bardo-release");
    }

    @Test
    void hasLanesOnlyForPartnersWithEventsInOrderOfFirstAppearanceAndOneForEventsWithoutAPartner() {
        assertThat(chart.lanes()).extracting(lane -> lane.partner() == null ? "(none)" : lane.partner().slug())
                .containsExactly("alibaba", "wasu", "letv", "microsoft", "iqiyi", "(none)");
    }

    @Test
    void theLanesOfTheSelectedPartnersComeFirst() {
        TimelineChart selected = ChartLayout.layout(events, deals, List.of("iqiyi", "microsoft"));

        assertThat(selected.lanes()).extracting(lane -> lane.partner() == null ? "(none)" : lane.partner().slug())
                .containsExactly("microsoft", "iqiyi", "alibaba", "wasu", "letv", "(none)");
    }

    @Test
    void aLaneForEventsWithoutAPartnerOnlyWhenThereAreSome() {
        TimelineChart partnersOnly = ChartLayout.layout(events.stream().filter(event -> !event.partners().isEmpty()).toList(),
                deals, List.of());

        assertThat(partnersOnly.lanes()).allSatisfy(lane -> assertThat(lane.partner()).isNotNull());
    }

    @Test
    void lanesStackWithoutGapsOrOverlapsAndEveryMarkIsInsideALane() {
        for (int i = 1; i < chart.lanes().size(); i++) {
            Lane above = chart.lanes().get(i - 1);
            assertThat(chart.lanes().get(i).y()).isCloseTo(above.y() + above.height(), offset(0.11));
        }
        assertThat(chart.marks()).allSatisfy(mark -> assertThat(chart.lanes())
                .anyMatch(lane -> mark.y() > lane.y() && mark.y() < lane.y() + lane.height()));
    }

    @Test
    void onAPhoneEachLaneIsNamedAboveItsMarksAndEverythingFitsTheNarrowFrame() {
        TimelineChart narrow = ChartLayout.layout(events, deals, List.of(), ChartLayout.Frame.NARROW);

        assertThat(narrow.labelsAbove()).isTrue();
        assertThat(narrow.marks()).extracting(EventMark::slug).isEqualTo(chart.marks().stream().map(EventMark::slug).toList());
        for (Lane lane : narrow.lanes()) {
            assertThat(lane.labelY()).isBetween(lane.y(), lane.y() + ChartLayout.LABEL_ROW);
            assertThat(narrow.marks()).filteredOn(mark -> mark.y() > lane.y() && mark.y() < lane.y() + lane.height())
                    .allSatisfy(mark -> assertThat(mark.y() - mark.radius()).as(mark.slug()).isGreaterThanOrEqualTo(lane.labelY()));
        }
        assertThat(narrow.marks()).allSatisfy(mark -> {
            assertThat(mark.x() - mark.radius()).isGreaterThanOrEqualTo(0);
            assertThat(mark.x() + mark.radius()).isLessThanOrEqualTo(narrow.width());
        });
        assertThat(narrow.bars()).allSatisfy(bar -> assertThat(bar.x() + bar.width()).isLessThanOrEqualTo(narrow.width()));
    }

    @Test
    void aMultiPartnerEventIsDrawnInItsFirstLaneAndEchoedInTheOthers() {
        EventMark cloud = mark("cloud-deal");
        Lane letv = lane("letv");
        Lane microsoft = lane("microsoft");

        assertThat(cloud.y()).isBetween(letv.y(), letv.y() + letv.height());
        assertThat(cloud.echoes()).singleElement().satisfies(echo -> {
            assertThat(echo.x()).isEqualTo(cloud.x());
            assertThat(echo.y()).isBetween(microsoft.y(), microsoft.y() + microsoft.height());
        });
        assertThat(cloud.connectorTop()).isEqualTo(cloud.y());
        assertThat(cloud.connectorBottom()).isEqualTo(cloud.echoes().get(0).y());
    }

    @Test
    void marksAtTheSameDateInOneLaneGoToSeparateRows() {
        EventMark first = mark("talks-begin");
        EventMark second = mark("talks-continue");

        assertThat(first.x()).isEqualTo(second.x());
        assertThat(first.y()).isNotEqualTo(second.y());
    }

    @ParameterizedTest
    @CsvSource({"set-top-boxes, 2013", "market-figure, c. 2015-05", "bardo, 2017-08-11"})
    void marksArePlacedByTheirDate(String slug, String date) {
        assertThat(mark(slug).x()).isCloseTo(scale.x(PartialDate.parse(date)), offset(0.051));
    }

    @Test
    void aYearOnlyMarkSpansItsYearAndADatedMarkOnlyItsDot() {
        EventMark yearOnly = mark("set-top-boxes");
        EventMark dated = mark("bardo");

        assertThat(yearOnly.yearOnly()).isTrue();
        assertThat(yearOnly.extentLeft()).isGreaterThan(scale.yearStart(2013)).isLessThan(yearOnly.x() - ChartLayout.MARK_RADIUS);
        assertThat(yearOnly.extentRight()).isLessThan(scale.yearStart(2014)).isGreaterThan(yearOnly.x() + ChartLayout.MARK_RADIUS);
        assertThat(dated.yearOnly()).isFalse();
        assertThat(dated.extentRight() - dated.extentLeft()).isCloseTo(2 * ChartLayout.MARK_RADIUS, offset(0.001));
        assertThat(mark("talks-begin").approximate()).isTrue();
        assertThat(dated.approximate()).isFalse();
    }

    @Test
    void aDealBarSpansItsFirstReportedEventToItsLatestInEachOfItsPartnersLanes() {
        List<DealBar> letvTalks = bars("letv-talks");
        double first = scale.x(PartialDate.parse("c. 2015-03"));
        double latest = scale.x(PartialDate.parse("2016-08"));

        assertThat(letvTalks).singleElement().satisfies(bar -> {
            assertThat(bar.x()).isCloseTo(first - ChartLayout.MARK_RADIUS, offset(0.11));
            assertThat(bar.x() + bar.width()).isCloseTo(latest + ChartLayout.MARK_RADIUS, offset(0.11));
            assertThat(bar.status()).isEqualTo(DealStatus.IN_TALKS);
            assertThat(bar.tentative()).isTrue();
            assertThat(bar.y()).isBetween(lane("letv").y(), lane("letv").y() + lane("letv").height());
        });
        assertThat(bars("cloud")).hasSize(2);
        assertThat(bars("bardo")).as("no bar in a lane Sony does not have").hasSize(1);
    }

    @Test
    void theSameEventsGiveTheSameChartInAnyOrder() {
        List<EventCard> shuffled = new ArrayList<>(events);
        Collections.reverse(shuffled);

        assertThat(ChartLayout.layout(shuffled, deals, List.of())).isEqualTo(chart);
    }

    @Test
    void noEventsNoLanes() {
        TimelineChart empty = ChartLayout.layout(List.of(), deals, List.of());

        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.lanes()).isEmpty();
        assertThat(empty.bars()).isEmpty();
    }

    private EventMark mark(String slug) {
        return chart.marks().stream().filter(mark -> mark.slug().equals(slug)).findFirst().orElseThrow();
    }

    private Lane lane(String partnerSlug) {
        return chart.lanes().stream().filter(lane -> lane.partner() != null && lane.partner().slug().equals(partnerSlug))
                .findFirst().orElseThrow();
    }

    private List<DealBar> bars(String dealSlug) {
        return chart.bars().stream().filter(bar -> bar.slug().equals(dealSlug)).toList();
    }
}
