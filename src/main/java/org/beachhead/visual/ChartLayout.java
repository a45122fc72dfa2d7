package org.beachhead.visual;

import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;
import org.beachhead.deal.DealSummary;
import org.beachhead.timeline.EventCard;
import org.beachhead.visual.TimelineChart.DealBar;
import org.beachhead.visual.TimelineChart.Echo;
import org.beachhead.visual.TimelineChart.EventMark;
import org.beachhead.visual.TimelineChart.Lane;
import org.beachhead.visual.TimelineChart.YearTick;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.beachhead.visual.Coordinates.round;

/**
 * Lays out the visual timeline. Lanes come in the order their partners first appear (the
 * partners a filter asks for first, events naming no partner last); inside a lane, marks and
 * bars that would overlap are moved to the next row down, so nothing hides anything else.
 */
final class ChartLayout {

    static final double WIDTH = 1000;
    static final double PLOT_LEFT = 150;
    static final double PLOT_RIGHT = 985;
    static final double LANES_TOP = 30;
    static final double MARK_RADIUS = 6;
    static final double ECHO_RADIUS = 3.5;
    static final double ROW_HEIGHT = 17;
    static final double BAR_HEIGHT = 8;
    static final double BAR_ROW = 12;
    static final double LANE_PADDING = 6;
    /** Keeps a year-only mark's span clear of the neighbouring years. */
    static final double YEAR_INSET = 6;
    /** The least space between two things in one row. */
    static final double GAP = 2;

    /** The lane key of events that name no partner; slugs are never empty. */
    private static final String NO_PARTNER = "";

    private ChartLayout() {
    }

    /**
     * @param events            the events to plot, in any order
     * @param deals             the deals to draw as bars, each with all the events that report it
     * @param selectedPartners  the partners a filter asks for, whose lanes come first
     */
    static TimelineChart layout(List<EventCard> events, List<DealSummary> deals, List<String> selectedPartners) {
        if (events.isEmpty()) {
            return new TimelineChart(WIDTH, LANES_TOP, PLOT_LEFT, PLOT_RIGHT, LANES_TOP, List.of(), List.of(), List.of(), List.of());
        }
        List<EventCard> chronological = events.stream()
                .sorted(Comparator.comparing(EventCard::date, PartialDate.CHRONOLOGICAL).thenComparing(EventCard::slug))
                .toList();
        TimeScale scale = new TimeScale(chronological.get(0).date().year(),
                chronological.get(chronological.size() - 1).date().year(), PLOT_LEFT, PLOT_RIGHT);
        Map<String, EntityRef> lanePartners = laneOrder(chronological, selectedPartners);
        List<String> laneKeys = List.copyOf(lanePartners.keySet());

        Map<String, List<Slot>> marksByLane = new HashMap<>();
        for (EventCard event : chronological) {
            List<String> lanes = lanesOf(event.partners(), laneKeys);
            double x = scale.x(event.date());
            for (int i = 0; i < lanes.size(); i++) {
                boolean main = i == 0;
                double left = main && event.date().month() == null ? scale.yearStart(event.date().year()) + YEAR_INSET
                        : x - (main ? MARK_RADIUS : ECHO_RADIUS);
                double right = main && event.date().month() == null ? left + scale.yearWidth() - 2 * YEAR_INSET
                        : x + (main ? MARK_RADIUS : ECHO_RADIUS);
                marksByLane.computeIfAbsent(lanes.get(i), lane -> new ArrayList<>()).add(new Slot(event, null, main, left, right));
            }
        }
        Map<String, List<Slot>> barsByLane = new HashMap<>();
        for (DealSummary deal : deals) {
            if (deal.events().isEmpty()) {
                continue;
            }
            double first = deal.events().stream().mapToDouble(brief -> scale.x(brief.date())).min().orElseThrow();
            double last = deal.events().stream().mapToDouble(brief -> scale.x(brief.date())).max().orElseThrow();
            for (String lane : lanesOf(deal.partners(), laneKeys)) {
                barsByLane.computeIfAbsent(lane, key -> new ArrayList<>()).add(new Slot(null, deal, true,
                        scale.clamp(first) - MARK_RADIUS, scale.clamp(last) + MARK_RADIUS));
            }
        }

        List<Lane> lanes = new ArrayList<>();
        Map<String, double[]> mainPositions = new HashMap<>();
        Map<String, List<Echo>> echoes = new HashMap<>();
        List<DealBar> bars = new ArrayList<>();
        double y = LANES_TOP;
        for (String key : laneKeys) {
            List<Slot> marks = marksByLane.getOrDefault(key, List.of());
            List<Slot> laneBars = barsByLane.getOrDefault(key, List.of());
            int markRows = Math.max(1, pack(marks));
            int barRows = pack(laneBars);
            double height = 2 * LANE_PADDING + markRows * ROW_HEIGHT + barRows * BAR_ROW;
            for (Slot mark : marks) {
                double markY = round(y + LANE_PADDING + mark.row * ROW_HEIGHT + ROW_HEIGHT / 2);
                double x = round(scale.x(mark.event.date()));
                if (mark.main) {
                    mainPositions.put(mark.event.slug(), new double[] {x, markY, round(mark.left), round(mark.right)});
                } else {
                    echoes.computeIfAbsent(mark.event.slug(), slug -> new ArrayList<>()).add(new Echo(x, markY, ECHO_RADIUS));
                }
            }
            for (Slot bar : laneBars) {
                double barY = y + LANE_PADDING + markRows * ROW_HEIGHT + bar.row * BAR_ROW + (BAR_ROW - BAR_HEIGHT) / 2;
                bars.add(new DealBar(bar.deal.slug(), bar.deal.name(), bar.deal.status(), bar.deal.firstReported(),
                        bar.deal.lastReported(), round(bar.left), round(barY), round(bar.right - bar.left), BAR_HEIGHT));
            }
            lanes.add(new Lane(lanePartners.get(key), round(y), round(height),
                    round(y + LANE_PADDING + ROW_HEIGHT / 2 + 4), lanes.size() % 2 == 0));
            y += height;
        }

        List<EventMark> marks = chronological.stream().map(event -> {
            double[] at = mainPositions.get(event.slug());
            return new EventMark(event.slug(), event.headline(), event.date(), event.partners(), at[0], at[1], MARK_RADIUS,
                    at[2], at[3], echoes.getOrDefault(event.slug(), List.of()));
        }).toList();
        List<YearTick> years = new ArrayList<>();
        for (int year = scale.firstYear(); year <= scale.lastYear(); year++) {
            years.add(new YearTick(year, round(scale.yearStart(year)), round(scale.yearStart(year) + scale.yearWidth() / 2)));
        }
        return new TimelineChart(WIDTH, round(y + LANE_PADDING), PLOT_LEFT, PLOT_RIGHT, LANES_TOP, years, lanes, marks, bars);
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
    private static int pack(List<Slot> slots) {
        List<Double> rowEnds = new ArrayList<>();
        for (Slot slot : slots.stream().sorted(Comparator.comparingDouble((Slot slot) -> slot.left)).toList()) {
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

    /** Something to place in a lane: an event's mark (or echo) or a deal's bar, with the stretch it covers. */
    private static final class Slot {
        final EventCard event;
        final DealSummary deal;
        final boolean main;
        final double left;
        final double right;
        int row;

        Slot(EventCard event, DealSummary deal, boolean main, double left, double right) {
            this.event = event;
            this.deal = deal;
            this.main = main;
            this.left = left;
            this.right = right;
        }
    }
}
