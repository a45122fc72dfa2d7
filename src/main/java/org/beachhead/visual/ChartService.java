package org.beachhead.visual;

import org.beachhead.common.BadParameterException;
import org.beachhead.common.EntityRef;
import org.beachhead.deal.DealQueries;
import org.beachhead.deal.DealSummary;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.TimelineFilter;
import org.beachhead.timeline.TimelineService;
import org.beachhead.timeline.TimelineView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

@Service
public class ChartService {

    private final TimelineService timeline;
    private final DealQueries deals;

    public ChartService(TimelineService timeline, DealQueries deals) {
        this.timeline = timeline;
        this.deals = deals;
    }

    /**
     * Draws exactly the events the list view shows for this filter (it asks the list's own service),
     * with the deals those events report.
     *
     * @throws BadParameterException when the filter names a partner the corpus does not have
     */
    @Transactional(readOnly = true)
    public ChartPage chart(TimelineFilter filter) {
        TimelineView view = timeline.timeline(filter);
        List<EventCard> events = view.years().stream().flatMap(year -> year.events().stream()).toList();
        Set<String> dealSlugs = new LinkedHashSet<>();
        events.stream().map(EventCard::deal).filter(Objects::nonNull).map(EntityRef::slug).forEach(dealSlugs::add);
        List<DealSummary> drawn = deals.bySlugs(dealSlugs);
        return new ChartPage(filter, view.total(), ChartLayout.layout(events, drawn, filter.partners()), drawn);
    }
}
