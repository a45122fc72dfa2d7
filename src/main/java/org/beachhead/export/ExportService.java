package org.beachhead.export;

import jakarta.persistence.EntityManager;
import org.beachhead.common.DateBasis;
import org.beachhead.deal.DealFilter;
import org.beachhead.deal.DealService;
import org.beachhead.timeline.EventCard;
import org.beachhead.timeline.TimelineFilter;
import org.beachhead.timeline.TimelineService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of the timeline and deals downloads. They come from the same services as the HTML
 * pages, so a download holds exactly the events or deals its page shows, in the same order, and
 * refuses the same malformed filters.
 */
@Service
public class ExportService {

    private final TimelineService timeline;
    private final DealService deals;
    private final EntityManager entityManager;

    public ExportService(TimelineService timeline, DealService deals, EntityManager entityManager) {
        this.timeline = timeline;
        this.deals = deals;
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public List<TimelineRow> timelineRows(TimelineFilter filter) {
        List<EventCard> events = timeline.timeline(filter).years().stream()
                .flatMap(year -> year.events().stream()).toList();
        Map<Long, DateBasis> datedBy = datedBy(events.stream().map(EventCard::id).toList());
        return events.stream().map(event -> TimelineRow.of(event, datedBy.get(event.id()))).toList();
    }

    @Transactional(readOnly = true)
    public List<DealRow> dealRows(DealFilter filter) {
        return deals.all(filter).stream().map(DealRow::of).toList();
    }

    /** How each event's date was established, which the timeline's cards do not carry. */
    private Map<Long, DateBasis> datedBy(List<Long> eventIds) {
        Map<Long, DateBasis> datedBy = new HashMap<>();
        if (!eventIds.isEmpty()) {
            entityManager.createQuery("select e.id, e.datedBy from Event e where e.id in :ids", Object[].class)
                    .setParameter("ids", eventIds).getResultList()
                    .forEach(row -> datedBy.put((Long) row[0], (DateBasis) row[1]));
        }
        return datedBy;
    }
}
