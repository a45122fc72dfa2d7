package org.beachhead.visual;

import org.beachhead.common.Text;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.EventCards;
import org.beachhead.timeline.TimelineFilter;
import org.beachhead.visual.ChartLayout.Frame;
import org.beachhead.visual.ChartLayout.Periods;
import org.beachhead.visual.ChartQueries.BarDate;
import org.beachhead.visual.ChartQueries.LaneCount;
import org.beachhead.visual.ChartQueries.LaneCounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

@Service
public class ChartService {

    /** Between the events of a deal on one date, the first slug reports it first and the last slug last. */
    private static final Comparator<BarDate> FIRST_REPORT = Comparator.comparing(BarDate::date, PartialDate.CHRONOLOGICAL)
            .thenComparing(BarDate::firstEventSlug);
    private static final Comparator<BarDate> LAST_REPORT = Comparator.comparing(BarDate::date, PartialDate.CHRONOLOGICAL)
            .thenComparing(BarDate::lastEventSlug);

    private final ChartQueries queries;
    private final EventCards cards;

    public ChartService(ChartQueries queries, EventCards cards) {
        this.queries = queries;
        this.cards = cards;
    }

    /**
     * Draws exactly the events the list view shows for this filter (read as the list reads them),
     * with the deals those events report. When they are more than {@link ChartLayout#MAX_MARKS} (or would
     * take more than {@link ChartLayout#MAX_DRAWN_EVENT_MARKS} marks with their echoes), draws instead how many each of the busiest lanes has per period, counted by the
     * database, so that neither the work nor the page grows with the corpus.
     *
     * @throws BadParameterException when the filter names a partner the corpus does not have
     */
    @Transactional(readOnly = true)
    public ChartPage chart(TimelineFilter filter) {
        LaneCounts counts = queries.lanes(filter);
        if (counts.total() <= ChartLayout.MAX_MARKS && counts.marks() <= ChartLayout.MAX_DRAWN_EVENT_MARKS) {
            List<EventCard> events = cards.matching(filter);
            Set<String> dealSlugs = new LinkedHashSet<>();
            events.stream().map(EventCard::deal).filter(Objects::nonNull).map(EntityRef::slug).forEach(dealSlugs::add);
            List<DrawnDeal> drawn = drawnDeals(dealSlugs);
            return new ChartPage(filter, events.size(), ChartLayout.layout(events, drawn, filter.partners(), Frame.WIDE),
                    ChartLayout.layout(events, drawn, filter.partners(), Frame.NARROW), drawn, null);
        }
        List<LaneCount> lanes = ChartLayout.busiestLanes(counts.lanes(), filter.partners());
        Periods periods = Periods.spanning(counts.firstYear(), counts.lastYear());
        List<String> partnerSlugs = lanes.stream().map(LaneCount::partner).filter(Objects::nonNull).map(EntityRef::slug).toList();
        boolean withoutPartner = lanes.stream().anyMatch(lane -> lane.partner() == null);
        List<ChartQueries.PeriodCount> periodCounts = queries.periods(filter, partnerSlugs, withoutPartner, periods.byMonth());
        TimelineChart chart = ChartLayout.grouped(lanes, counts.firstYear(), counts.lastYear(), periods, periodCounts, filter, Frame.WIDE);
        TimelineChart narrowChart = ChartLayout.grouped(lanes, counts.firstYear(), counts.lastYear(), periods, periodCounts, filter,
                Frame.NARROW);
        return new ChartPage(filter, (int) counts.total(), chart, narrowChart, List.of(), new ChartPage.Grouping(ChartLayout.MAX_MARKS,
                periods.byMonth(), periods.yearsPerColumn(), counts.lanes().size() - lanes.size()));
    }

    /** The deals with these slugs (each reported by an event drawn), in the order of the deals list. */
    private List<DrawnDeal> drawnDeals(Set<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        Map<String, List<BarDate>> dates = new LinkedHashMap<>();
        queries.barDates(slugs).forEach(date -> dates.computeIfAbsent(date.dealSlug(), slug -> new ArrayList<>()).add(date));
        Map<String, List<EntityRef>> parties = new LinkedHashMap<>();
        queries.dealParties(slugs).forEach(party -> parties.computeIfAbsent(party.dealSlug(), slug -> new ArrayList<>())
                .add(party.partner()));
        return dates.values().stream().map(deal -> {
            BarDate first = deal.stream().min(FIRST_REPORT).orElseThrow();
            BarDate last = deal.stream().max(LAST_REPORT).orElseThrow();
            return new DrawnDeal(first.dealSlug(), new Text(first.dealName(), first.dealChineseName()), first.status(), first.statusAsOf(),
                    parties.getOrDefault(first.dealSlug(), List.of()), first.date(), last.date(),
                    deal.stream().map(BarDate::date).toList());
        }).sorted(DrawnDeal.FIRST_REPORTED_FIRST).toList();
    }
}
