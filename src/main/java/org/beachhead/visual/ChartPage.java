package org.beachhead.visual;

import org.beachhead.deal.DealSummary;
import org.beachhead.timeline.TimelineFilter;

import java.util.List;

/** The visual timeline for one filter, with the deals it draws and the same count the list shows. */
public record ChartPage(TimelineFilter filter, int total, TimelineChart chart, List<DealSummary> deals) {

    /** The list view of the same events. */
    public String listHref() {
        return filter.href();
    }
}
