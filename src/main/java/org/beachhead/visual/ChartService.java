package org.beachhead.visual;

import org.beachhead.common.BadParameterException;
import org.beachhead.common.EntityRef;
import org.beachhead.deal.DealQueries;
import org.beachhead.deal.DealSummary;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.EventCards;
import org.beachhead.timeline.TimelineFilter;
import org.beachhead.visual.ChartLayout.Periods;
import org.beachhead.common.PartialDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

@Service
public class ChartService {

    private final ChartQueries queries;
    private final EventCards cards;
    private final DealQueries deals;

    public ChartService(ChartQueries queries, EventCards cards, DealQueries deals) {
        this.queries = queries;
        this.cards = cards;
        this.deals = deals;
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
            List<DealSummary> drawn = deals.bySlugs(dealSlugs, 0);
            return new ChartPage(filter, events.size(), ChartLayout.layout(events, withBarEnds(drawn), filter.partners()), drawn,
                    null);
        }
        List<LaneCount> lanes = ChartLayout.busiestLanes(counts.lanes(), filter.partners());
        Periods periods = Periods.spanning(counts.firstYear(), counts.lastYear());
        List<String> partnerSlugs = lanes.stream().map(LaneCount::partner).filter(Objects::nonNull).map(EntityRef::slug).toList();
        boolean withoutPartner = lanes.stream().anyMatch(lane -> lane.partner() == null);
        TimelineChart chart = ChartLayout.grouped(lanes, counts.firstYear(), counts.lastYear(), periods,
                queries.periods(filter, partnerSlugs, withoutPartner, periods.byMonth()), filter);
        return new ChartPage(filter, (int) counts.total(), chart, List.of(), new ChartPage.Grouping(ChartLayout.MAX_MARKS,
                periods.byMonth(), periods.yearsPerColumn(), counts.lanes().size() - lanes.size()));
    }

    private List<DrawnDeal> withBarEnds(List<DealSummary> deals) {
        if (deals.isEmpty()) {
            return List.of();
        }
        Map<String, List<PartialDate>> ends = new HashMap<>();
        queries.barEnds(deals.stream().map(DealSummary::slug).toList())
                .forEach(end -> ends.computeIfAbsent(end.dealSlug(), slug -> new ArrayList<>()).add(end.date()));
        return deals.stream().map(deal -> new DrawnDeal(deal, ends.getOrDefault(deal.slug(), List.of()))).toList();
    }
}
