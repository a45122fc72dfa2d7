package org.beachhead.visual;

import org.beachhead.timeline.TimelineFilter;

import java.util.List;

/**
 * The visual timeline for one filter, with the deals it draws and the same count the list shows,
 * drawn twice: {@code chart} for a wide screen, {@code narrowChart} (lanes stacked, named above their
 * marks) for a phone. {@code grouping} says how a chart of too many events for one mark each was
 * grouped (null when it was not).
 */
public record ChartPage(TimelineFilter filter, int total, TimelineChart chart, TimelineChart narrowChart, List<DrawnDeal> deals,
                        Grouping grouping) {

    /** The list view of the same events. */
    public String listHref() {
        return filter.href();
    }

    /**
     * Marks stand for a month or for {@code yearsPerColumn} years of a lane's events; {@code otherLanes}
     * more lanes had events but are not drawn.
     */
    public record Grouping(int maxMarks, boolean byMonth, int yearsPerColumn, int otherLanes) {
    }
}
