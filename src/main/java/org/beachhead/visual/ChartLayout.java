package org.beachhead.visual;

import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.TimelineFilter;
import org.beachhead.visual.ChartQueries.LaneCount;
import org.beachhead.visual.ChartQueries.PeriodCount;
import org.beachhead.visual.TimelineChart.DealBar;
import org.beachhead.visual.TimelineChart.Echo;
import org.beachhead.visual.TimelineChart.EventMark;
import org.beachhead.visual.TimelineChart.GroupMark;
import org.beachhead.visual.TimelineChart.Lane;
import org.beachhead.visual.TimelineChart.YearTick;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.beachhead.visual.Coordinates.round;

/**
 * Lays out the visual timeline. Lanes come in the order their partners first appear (the
 * partners a filter asks for first, events naming no partner last); inside a lane, marks and
 * bars that would overlap are moved to the next row down, so nothing hides anything else. Too
 * many events for one mark each are {@link #grouped} per lane and period, in the busiest lanes.
 */
final class ChartLayout {

    static final double WIDTH = 1000;
    static final double PLOT_LEFT = 150;
    static final double PLOT_RIGHT = 985;
    static final double LANES_TOP = 30;
    /** Above each lane of a {@link Frame#NARROW} chart: its partner's name. */
    static final double LABEL_ROW = 17;
    /** Room for a mark's number (10 px) inside it. */
    static final double MARK_RADIUS = 8;
    static final double ECHO_RADIUS = 3.5;
    static final double ROW_HEIGHT = 20;
    static final double BAR_HEIGHT = 8;
    static final double BAR_ROW = 12;
    static final double LANE_PADDING = 6;
    /** Keeps a year-only mark's span clear of the neighbouring years. */
    static final double YEAR_INSET = 6;
    /** The least space between two things in one row. */
    static final double GAP = 2;

    /**
     * Past this many events, or {@link #MAX_DRAWN_EVENT_MARKS} marks with the echoes, a chart would be too heavy
     * to send and to read: it groups them, in at most as many marks.
     */
    static final int MAX_MARKS = 400;
    /** Bounds the echoes too, which grow with the partners each event names. */
    static final int MAX_DRAWN_EVENT_MARKS = 3 * MAX_MARKS;
    /** The lanes of a grouped chart: the selected partners', then those of the partners with the most events. */
    static final int MAX_LANES = 15;
    /**
     * The periods of a grouped chart along its axis. With a year-only group for each of at most two
     * years of months, {@code MAX_LANES} lanes still hold at most {@code MAX_MARKS} marks.
     */
    static final int MAX_COLUMNS = 24;
    static final double GROUP_MIN_RADIUS = 3;
    /** Leaves a gap between the groups of two neighbouring columns, which are at least 32 units apart. */
    static final double GROUP_MAX_RADIUS = 12;
    static final double GROUP_ROW_HEIGHT = 2 * GROUP_MAX_RADIUS + 4;

    /** The lane key of events that name no partner; slugs are never empty. */
    private static final String NO_PARTNER = "";

    private ChartLayout() {
    }

    /**
     * The drawing's proportions. {@code WIDE} labels each lane on its left; {@code NARROW}, for a phone,
     * gives the whole width to time, names each lane above its marks, and splits the label of a span of
     * empty years over two lines, so that at a phone's width no label is drawn under 10 px.
     */
    record Frame(double width, double plotLeft, double plotRight, double lanesTop, boolean labelsAbove, double emptyYearShare) {

        static final Frame WIDE = new Frame(WIDTH, PLOT_LEFT, PLOT_RIGHT, LANES_TOP, false, TimeScale.EMPTY_YEAR);
        static final Frame NARROW = new Frame(320, 8, 312, 42, true, 0.18);

        TimeScale scale(int firstYear, int lastYear, Set<Integer> emptyYears) {
            return new TimeScale(firstYear, lastYear, plotLeft, plotRight, emptyYears, emptyYearShare);
        }

        /** The room a lane gives its partner's name before its first row. */
        double labelRow() {
            return labelsAbove ? LABEL_ROW : 0;
        }

        double labelY(double laneY, double firstRowHeight) {
            return labelsAbove ? laneY + LABEL_ROW - 4 : laneY + LANE_PADDING + firstRowHeight / 2 + 4;
        }
    }

    static TimelineChart layout(List<EventCard> events, List<DrawnDeal> deals, List<String> selectedPartners) {
        return layout(events, deals, selectedPartners, Frame.WIDE);
    }

    /**
     * @param events            the events to plot, in any order
     * @param deals             the deals to draw as bars, in the order of the deals list
     * @param selectedPartners  the partners a filter asks for, whose lanes come first
     */
    static TimelineChart layout(List<EventCard> events, List<DrawnDeal> deals, List<String> selectedPartners, Frame frame) {
        if (events.isEmpty()) {
            return new TimelineChart(frame.width(), frame.lanesTop(), frame.plotLeft(), frame.plotRight(), frame.lanesTop(),
                    frame.labelsAbove(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        List<EventCard> chronological = events.stream()
                .sorted(Comparator.comparing(EventCard::date, PartialDate.CHRONOLOGICAL).thenComparing(EventCard::slug))
                .toList();
        TimeScale scale = frame.scale(chronological.get(0).date().year(),
                chronological.get(chronological.size() - 1).date().year(), longGaps(chronological));
        Map<String, EntityRef> lanePartners = laneOrder(chronological, selectedPartners);
        List<String> laneKeys = List.copyOf(lanePartners.keySet());

        Map<String, List<Slot<EventCard>>> marksByLane = new HashMap<>();
        for (EventCard event : chronological) {
            List<String> lanes = lanesOf(event.partners(), laneKeys);
            double x = scale.x(event.date());
            for (int i = 0; i < lanes.size(); i++) {
                boolean main = i == 0;
                double left = main && event.date().month() == null ? scale.yearStart(event.date().year()) + YEAR_INSET
                        : x - (main ? MARK_RADIUS : ECHO_RADIUS);
                double right = main && event.date().month() == null ? left + scale.yearWidth() - 2 * YEAR_INSET
                        : x + (main ? MARK_RADIUS : ECHO_RADIUS);
                marksByLane.computeIfAbsent(lanes.get(i), lane -> new ArrayList<>()).add(new Slot<>(event, main, left, right));
            }
        }
        Map<String, List<Slot<DrawnDeal>>> barsByLane = new HashMap<>();
        for (DrawnDeal drawn : deals) {
            if (drawn.barEnds().isEmpty()) {
                continue;
            }
            double first = drawn.barEnds().stream().mapToDouble(scale::x).min().orElseThrow();
            double last = drawn.barEnds().stream().mapToDouble(scale::x).max().orElseThrow();
            for (String lane : lanesOf(drawn.partners(), laneKeys)) {
                barsByLane.computeIfAbsent(lane, key -> new ArrayList<>()).add(new Slot<>(drawn, true,
                        scale.clamp(first) - MARK_RADIUS, scale.clamp(last) + MARK_RADIUS));
            }
        }

        List<Lane> lanes = new ArrayList<>();
        Map<String, double[]> mainPositions = new HashMap<>();
        Map<String, List<Echo>> echoes = new HashMap<>();
        List<DealBar> bars = new ArrayList<>();
        double y = frame.lanesTop();
        for (String key : laneKeys) {
            List<Slot<EventCard>> marks = marksByLane.getOrDefault(key, List.of());
            List<Slot<DrawnDeal>> laneBars = barsByLane.getOrDefault(key, List.of());
            int markRows = Math.max(1, pack(marks));
            int barRows = pack(laneBars);
            double rowsTop = y + frame.labelRow() + LANE_PADDING;
            double height = frame.labelRow() + 2 * LANE_PADDING + markRows * ROW_HEIGHT + barRows * BAR_ROW;
            for (Slot<EventCard> mark : marks) {
                double markY = round(rowsTop + mark.row * ROW_HEIGHT + ROW_HEIGHT / 2);
                double x = round(scale.x(mark.item.date()));
                if (mark.main) {
                    mainPositions.put(mark.item.slug(), new double[] {x, markY, round(mark.left), round(mark.right)});
                } else {
                    echoes.computeIfAbsent(mark.item.slug(), slug -> new ArrayList<>()).add(new Echo(x, markY, ECHO_RADIUS));
                }
            }
            for (Slot<DrawnDeal> bar : laneBars) {
                double barY = rowsTop + markRows * ROW_HEIGHT + bar.row * BAR_ROW + (BAR_ROW - BAR_HEIGHT) / 2;
                bars.add(new DealBar(bar.item.slug(), bar.item.name(), bar.item.status(), bar.item.statusAsOf(),
                        bar.item.firstReported(),
                        bar.item.lastReported(), round(bar.left), round(barY), round(bar.right - bar.left), BAR_HEIGHT));
            }
            lanes.add(new Lane(lanePartners.get(key), round(y), round(height), round(frame.labelY(y, ROW_HEIGHT)),
                    lanes.size() % 2 == 0));
            y += height;
        }

        List<EventMark> marks = chronological.stream().map(event -> {
            double[] at = mainPositions.get(event.slug());
            return new EventMark(event.slug(), event.headline(), event.date(), event.partners(), at[0], at[1], MARK_RADIUS,
                    at[2], at[3], echoes.getOrDefault(event.slug(), List.of()));
        }).toList();
        return new TimelineChart(frame.width(), round(y + LANE_PADDING), frame.plotLeft(), frame.plotRight(), frame.lanesTop(),
                frame.labelsAbove(), yearTicks(scale, frame), lanes, marks, bars, List.of());
    }

    /** The years without events in runs of two or more: one empty year keeps its width, a longer span is compressed. */
    private static Set<Integer> longGaps(List<EventCard> chronological) {
        Set<Integer> gaps = new HashSet<>();
        int previous = chronological.get(0).date().year();
        for (EventCard event : chronological) {
            int year = event.date().year();
            if (year - previous > 2) {
                IntStream.range(previous + 1, year).forEach(gaps::add);
            }
            previous = year;
        }
        return gaps;
    }

    private static List<YearTick> yearTicks(TimeScale scale, Frame frame) {
        List<YearTick> years = new ArrayList<>();
        int year = scale.firstYear();
        while (year <= scale.lastYear()) {
            int end = year;
            while (scale.emptyYears().contains(year) && scale.emptyYears().contains(end + 1)) {
                end++;
            }
            double from = scale.yearStart(year);
            double to = scale.yearStart(end) + scale.yearWidth(end);
            boolean gap = scale.emptyYears().contains(year);
            List<String> label = !gap ? List.of(String.valueOf(year))
                    : frame.labelsAbove() ? List.of(year + "–", String.valueOf(end)) : List.of(year + "–" + end);
            years.add(new YearTick(year, round(from), round((from + to) / 2), label, gap));
            year = end + 1;
        }
        return years;
    }

    /**
     * The chart of too many events to draw one by one: a mark per lane and period, whose area grows
     * with its number of events and which links to the timeline of that partner and those years.
     *
     * @param lanes    the lanes to draw, in order (see {@link #busiestLanes})
     * @param counts   the lanes' events per year or month
     * @param filter   the chart's filter, whose kinds the links keep
     */
    static TimelineChart grouped(List<LaneCount> lanes, int firstYear, int lastYear, Periods periods,
                                 List<PeriodCount> counts, TimelineFilter filter) {
        return grouped(lanes, firstYear, lastYear, periods, counts, filter, Frame.WIDE);
    }

    static TimelineChart grouped(List<LaneCount> lanes, int firstYear, int lastYear, Periods periods,
                                 List<PeriodCount> counts, TimelineFilter filter, Frame frame) {
        TimeScale scale = frame.scale(firstYear, lastYear, Set.of());
        Map<String, Map<Period, Long>> byLane = new HashMap<>();
        for (PeriodCount count : counts) {
            Period period = periods.byMonth() ? Period.of(new PartialDate(count.year(), count.month(), null, false))
                    : periods.column(count.year(), firstYear, lastYear);
            byLane.computeIfAbsent(count.partnerSlug() == null ? NO_PARTNER : count.partnerSlug(),
                    lane -> new TreeMap<>(Comparator.comparing(Period::first, PartialDate.CHRONOLOGICAL)))
                    .merge(period, count.events(), Long::sum);
        }
        long most = byLane.values().stream().flatMap(lane -> lane.values().stream()).mapToLong(Long::longValue).max().orElse(1);

        List<Lane> drawnLanes = new ArrayList<>();
        List<GroupMark> groups = new ArrayList<>();
        double y = frame.lanesTop();
        for (LaneCount lane : lanes) {
            List<Slot<GroupMark>> slots = new ArrayList<>();
            byLane.getOrDefault(lane.partner() == null ? NO_PARTNER : lane.partner().slug(), Map.of()).forEach((period, events) -> {
                double radius = GROUP_MIN_RADIUS + (GROUP_MAX_RADIUS - GROUP_MIN_RADIUS) * Math.sqrt((double) events / most);
                boolean spansYears = period.first().month() == null;
                double start = scale.yearStart(period.first().year());
                double end = scale.yearStart(period.last().year()) + scale.yearWidth();
                double x = spansYears ? (start + end) / 2 : scale.x(period.first());
                double left = spansYears ? start + YEAR_INSET : x;
                double right = spansYears ? end - YEAR_INSET : x;
                String href = lane.partner() == null ? null : new TimelineFilter(List.of(lane.partner().slug()), filter.kinds(),
                        period.first().year(), period.last().year(), false).href();
                // The row, and so the height, is known once the lane is packed.
                slots.add(new Slot<>(new GroupMark(lane.partner(), period.first(), period.last(), events, href,
                        round(x), 0, round(radius), round(left), round(right)), true,
                        Math.min(left, x - radius), Math.max(right, x + radius)));
            });
            int rows = Math.max(1, pack(slots));
            double rowsTop = y + frame.labelRow() + LANE_PADDING;
            for (Slot<GroupMark> slot : slots) {
                groups.add(slot.item.at(round(rowsTop + slot.row * GROUP_ROW_HEIGHT + GROUP_ROW_HEIGHT / 2)));
            }
            double height = frame.labelRow() + 2 * LANE_PADDING + rows * GROUP_ROW_HEIGHT;
            drawnLanes.add(new Lane(lane.partner(), round(y), round(height), round(frame.labelY(y, GROUP_ROW_HEIGHT)),
                    drawnLanes.size() % 2 == 0));
            y += height;
        }
        return new TimelineChart(frame.width(), round(y + LANE_PADDING), frame.plotLeft(), frame.plotRight(), frame.lanesTop(),
                frame.labelsAbove(), yearTicks(scale, frame), drawnLanes, List.of(), List.of(), groups);
    }

    /**
     * The lanes a grouped chart draws: the selected partners' first, then the others with the most
     * events (by name when equal), at most {@link #MAX_LANES}; the lane of events naming no partner,
     * if it is among them, last as in the detailed chart.
     */
    static List<LaneCount> busiestLanes(List<LaneCount> lanes, List<String> selectedPartners) {
        Comparator<LaneCount> selectedFirst = Comparator.comparing(
                (LaneCount lane) -> lane.partner() == null || !selectedPartners.contains(lane.partner().slug()));
        List<LaneCount> busiest = lanes.stream()
                .sorted(selectedFirst.thenComparing(Comparator.comparingLong(LaneCount::events).reversed())
                        .thenComparing(lane -> lane.partner() == null ? "" : lane.partner().name().toLowerCase()))
                .limit(MAX_LANES)
                .toList();
        return Stream.concat(busiest.stream().filter(lane -> lane.partner() != null),
                busiest.stream().filter(lane -> lane.partner() == null)).toList();
    }

    /** How a grouped chart divides time: into months when its years have at most {@link #MAX_COLUMNS}, else into runs of years. */
    record Periods(boolean byMonth, int yearsPerColumn) {

        static Periods spanning(int firstYear, int lastYear) {
            int years = lastYear - firstYear + 1;
            return years * 12 <= MAX_COLUMNS ? new Periods(true, 1) : new Periods(false, (years + MAX_COLUMNS - 1) / MAX_COLUMNS);
        }

        /** The run of years (from the chart's first year, the last run cut at its last year) that holds this year. */
        Period column(int year, int firstYear, int lastYear) {
            int start = firstYear + (year - firstYear) / yearsPerColumn * yearsPerColumn;
            return new Period(new PartialDate(start, null, null, false),
                    new PartialDate(Math.min(lastYear, start + yearsPerColumn - 1), null, null, false));
        }
    }

    /** A month, a year, or a run of years, from the start of {@code first} to the end of {@code last}. */
    record Period(PartialDate first, PartialDate last) {

        static Period of(PartialDate date) {
            return new Period(date, date);
        }
    }

    /** Partner lanes by first appearance, the selected partners' lanes first, then the lane of events naming no partner. */
    private static Map<String, EntityRef> laneOrder(List<EventCard> chronological, List<String> selectedPartners) {
        Map<String, EntityRef> byFirstAppearance = new LinkedHashMap<>();
        boolean anyWithoutPartner = false;
        for (EventCard event : chronological) {
            event.partners().forEach(partner -> byFirstAppearance.putIfAbsent(partner.slug(), partner));
            anyWithoutPartner |= event.partners().isEmpty();
        }
        Map<String, EntityRef> lanes = new LinkedHashMap<>();
        byFirstAppearance.forEach((slug, partner) -> {
            if (selectedPartners.contains(slug)) {
                lanes.put(slug, partner);
            }
        });
        byFirstAppearance.forEach(lanes::putIfAbsent);
        if (anyWithoutPartner) {
            lanes.put(NO_PARTNER, null);
        }
        return lanes;
    }

    /** The lanes something involving these partners is drawn in, in lane order; no partner means the last lane. */
    private static List<String> lanesOf(List<EntityRef> partners, List<String> laneKeys) {
        if (partners.isEmpty()) {
            return laneKeys.contains(NO_PARTNER) ? List.of(NO_PARTNER) : List.of();
        }
        List<String> slugs = partners.stream().map(EntityRef::slug).toList();
        return laneKeys.stream().filter(slugs::contains).toList();
    }

    /** Gives each slot the first row where it overlaps nothing, left to right; returns the number of rows. */
    private static int pack(List<? extends Slot<?>> slots) {
        List<Double> rowEnds = new ArrayList<>();
        for (Slot<?> slot : slots.stream().sorted(Comparator.comparingDouble((Slot<?> slot) -> slot.left)).toList()) {
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) + GAP > slot.left) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(slot.right);
            } else {
                rowEnds.set(row, slot.right);
            }
            slot.row = row;
        }
        return rowEnds.size();
    }

    /** Something to place in a lane (an event's mark or echo, a deal's bar, a group of events), with the stretch it covers. */
    private static final class Slot<T> {
        final T item;
        final boolean main;
        final double left;
        final double right;
        int row;

        Slot(T item, boolean main, double left, double right) {
            this.item = item;
            this.main = main;
            this.left = left;
            this.right = right;
        }
    }
}
