package org.beachhead.timeline;

import org.beachhead.common.BadParameterException;
import org.beachhead.common.NotFoundException;
import org.beachhead.common.PageWindow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Service
public class TimelineService {

    /** Events per page of the timeline: a long corpus is read a page at a time, each page grouped by year. */
    public static final int PAGE_SIZE = 100;

    private final TimelineSummaries summaries;
    private final EventCards cards;
    private final KeyEvents keyEvents;

    TimelineService(TimelineSummaries summaries, EventCards cards, KeyEvents keyEvents) {
        this.summaries = summaries;
        this.cards = cards;
        this.keyEvents = keyEvents;
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
        return page(filter, page, filter.href());
    }

    /** One page, whose links to the other pages lead to {@code pagesHref} (the compact view's stay compact). */
    private TimelineView page(TimelineFilter filter, int page, String pagesHref) {
        TimelineSummaries.Summary summary = summaries.of(filter);
        long total = summary.matching();
        PageWindow window = new PageWindow(pagesHref, page, PAGE_SIZE, total).existing();
        return view(filter, total, summary, window, cards.matching(filter, window.rows()));
    }

    /** {@link #page} one line per event, with its year index, its gaps and the key events marked. */
    @Transactional(readOnly = true)
    public CompactTimeline compact(TimelineFilter filter, int page) {
        TimelineView view = page(filter, page, TimelineView.compactHref(filter)).linkingToCompact();
        List<TimelineView.YearGroup> years = view.years();
        List<CompactTimeline.IndexedYear> index = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i).year();
            Integer following = i + 1 < years.size() ? years.get(i + 1).year() : null;
            CompactTimeline.Gap gap = following == null || Math.abs(following - year) < 2 ? null
                    : new CompactTimeline.Gap(String.valueOf(Math.min(year, following) + 1), String.valueOf(Math.max(year, following) - 1));
            index.add(new CompactTimeline.IndexedYear(year, years.get(i).events().size(), gap));
        }
        List<String> keys = keyEvents.slugs();
        return new CompactTimeline(view, index, Set.copyOf(keys), keys.isEmpty() ? null : keys.get(0));
    }

    /**
     * The slug of the story's first step.
     *
     * @throws NotFoundException when the curators have marked no key event
     */
    @Transactional(readOnly = true)
    public String storyStart() {
        return keyEvents.slugs().stream().findFirst().orElseThrow(() -> new NotFoundException("key-event", "(any)"));
    }

    /** @throws NotFoundException when no key event has this slug */
    @Transactional(readOnly = true)
    public StoryStep storyStep(String slug) {
        List<String> slugs = keyEvents.slugs();
        int at = slugs.indexOf(slug);
        if (at < 0) {
            throw new NotFoundException("key-event", slug);
        }
        List<EventCard> steps = cards.bySlugs(slugs);
        return new StoryStep(at + 1, steps.get(at), at == 0 ? null : steps.get(at - 1),
                at + 1 == steps.size() ? null : steps.get(at + 1), steps);
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
