package org.beachhead.timeline;

import org.beachhead.common.BadParameterException;
import org.beachhead.common.PageWindow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Service
public class TimelineService {

    /** Events per page of the timeline: a long corpus is read a page at a time, each page grouped by year. */
    public static final int PAGE_SIZE = 100;

    private final TimelineSummaries summaries;
    private final EventCards cards;

    TimelineService(TimelineSummaries summaries, EventCards cards) {
        this.summaries = summaries;
        this.cards = cards;
    }

    /** Every event the filter matches, on one page: for the chart and the downloads. */
    @Transactional(readOnly = true)
    public TimelineView timeline(TimelineFilter filter) {
        List<EventCard> matching = cards.matching(filter);
        return view(filter, matching.size(), summaries.of(filter), PageWindow.whole(matching.size()), matching);
    }

    /**
     * One page (from 1) of the events the filter matches.
     *
     * @throws BadParameterException when the filter names a partner the corpus does not have, or
     *                               when there is no such page
     */
    @Transactional(readOnly = true)
    public TimelineView page(TimelineFilter filter, int page) {
        TimelineSummaries.Summary summary = summaries.of(filter);
        long total = summary.matching();
        PageWindow window = new PageWindow(filter.href(), page, PAGE_SIZE, total).existing();
        return view(filter, total, summary, window, cards.matching(filter, window.rows()));
    }

    private TimelineView view(TimelineFilter filter, long total, TimelineSummaries.Summary summary, PageWindow pages, List<EventCard> shown) {
        Map<Integer, List<EventCard>> byYear = new LinkedHashMap<>();
        shown.forEach(card -> byYear.computeIfAbsent(card.date().year(), year -> new ArrayList<>()).add(card));
        List<TimelineView.YearGroup> years = byYear.entrySet().stream()
                .map(entry -> new TimelineView.YearGroup(entry.getKey(), entry.getValue())).toList();
        return new TimelineView(filter, (int) total, years, summary.partnerFacets(), summary.kindFacets(),
                summary.certaintyFacets(), summary.activeFilters(), filter.cleared().href(), filter.withNewestFirst(false).href(),
                filter.withNewestFirst(true).href(),
                UriComponentsBuilder.fromUriString(filter.href()).replacePath("/timeline/chart").build().toUriString(),
                pages);
    }
}
