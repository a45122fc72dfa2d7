package org.beachhead.timeline;

import org.beachhead.model.EventKind;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.EntityRef;
import org.beachhead.common.PageWindow;
import org.beachhead.corpus.PerImportCache;
import org.beachhead.model.PartnerRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Service
public class TimelineService {

    /** Events per page of the timeline: a long corpus is read a page at a time, each page grouped by year. */
    public static final int PAGE_SIZE = 100;

    private final EventQueries events;
    private final EventCards cards;
    private final PerImportCache cache;

    public TimelineService(EventQueries events, EventCards cards, PerImportCache cache) {
        this.events = events;
        this.cards = cards;
        this.cache = cache;
    }

    /** Every event the filter matches, on one page: for the chart and the downloads. */
    @Transactional(readOnly = true)
    public TimelineView timeline(TimelineFilter filter) {
        List<EventCard> matching = cards.matching(filter);
        return view(filter, matching.size(), summary(filter), PageWindow.whole(matching.size()), matching);
    }

    /**
     * One page (from 1) of the events the filter matches.
     *
     * @throws BadParameterException when the filter names a partner the corpus does not have, or
     *                               when there is no such page
     */
    @Transactional(readOnly = true)
    public TimelineView page(TimelineFilter filter, int page) {
        Summary summary = summary(filter);
        long total = summary.matching();
        PageWindow window = PageWindow.of(filter.href(), page, total, PAGE_SIZE);
        return view(filter, total, summary, window,
                cards.matching(filter, window.offset(), PAGE_SIZE));
    }

    /**
     * What a filter's pages share and what depends only on the corpus and the filter: the facets and
     * the chips. Kept per import (as is the count of a filter's events), as counting over every
     * event for each request would make the page slower the longer the corpus.
     */
    private record Summary(List<TimelineView.FacetOption> partnerFacets, List<TimelineView.FacetOption> kindFacets,
                           List<TimelineView.ActiveFilter> activeFilters, long matching) {
    }

    /** One query gives the partners, their counts, the kind counts and so the number of matching events. */
    private Summary summary(TimelineFilter filter) {
        return cache.get(List.of("timeline-summary", filter), () -> {
            EventQueries.Facets facets = events.facets(filter);
            List<EntityRef> allPartners = facets.partnerRefs();
            PartnerRepository.requireKnown("partner", filter.partners(), allPartners);
            return new Summary(partnerFacets(filter, facets), kindFacets(filter, facets.kinds()),
                    activeFilters(filter, allPartners), facets.matching(filter));
        });
    }

    private TimelineView view(TimelineFilter filter, long total, Summary summary, PageWindow pages, List<EventCard> shown) {
        Map<Integer, List<EventCard>> byYear = new LinkedHashMap<>();
        shown.forEach(card -> byYear.computeIfAbsent(card.date().year(), year -> new ArrayList<>()).add(card));
        List<TimelineView.YearGroup> years = byYear.entrySet().stream()
                .map(entry -> new TimelineView.YearGroup(entry.getKey(), entry.getValue())).toList();
        return new TimelineView(filter, (int) total, years, summary.partnerFacets(), summary.kindFacets(),
                summary.activeFilters(), filter.cleared().href(), filter.withNewestFirst(false).href(),
                filter.withNewestFirst(true).href(),
                UriComponentsBuilder.fromUriString(filter.href()).replacePath("/timeline/chart").build().toUriString(),
                pages);
    }

    private List<TimelineView.FacetOption> partnerFacets(TimelineFilter filter, EventQueries.Facets facets) {
        return facets.partners().stream()
                .map(count -> new TimelineView.FacetOption(count.partner().slug(), count.partner().name(),
                        count.events(), filter.partners().contains(count.partner().slug()),
                        filter.togglePartner(count.partner().slug()).href()))
                .filter(option -> option.count() > 0 || option.selected())
                .sorted(Comparator.comparingLong(TimelineView.FacetOption::count).reversed()
                        .thenComparing(option -> option.name().toLowerCase()))
                .toList();
    }

    private List<TimelineView.FacetOption> kindFacets(TimelineFilter filter, Map<EventKind, Long> counts) {
        List<TimelineView.FacetOption> options = new ArrayList<>();
        for (EventKind kind : EventKind.values()) {
            long count = counts.getOrDefault(kind, 0L);
            boolean selected = filter.kinds().contains(kind);
            if (count > 0 || selected) {
                options.add(new TimelineView.FacetOption(kind.code(), null, count, selected,
                        filter.toggleKind(kind).href()));
            }
        }
        return options;
    }

    private List<TimelineView.ActiveFilter> activeFilters(TimelineFilter filter, List<EntityRef> allPartners) {
        Map<String, String> names = allPartners.stream().collect(Collectors.toMap(EntityRef::slug, EntityRef::name));
        List<TimelineView.ActiveFilter> active = new ArrayList<>();
        filter.partners().forEach(slug -> active.add(new TimelineView.ActiveFilter("partner", names.get(slug),
                filter.togglePartner(slug).href())));
        filter.kinds().forEach(kind -> active.add(new TimelineView.ActiveFilter("kind", kind.code(),
                filter.toggleKind(kind).href())));
        if (filter.from() != null) {
            active.add(new TimelineView.ActiveFilter("from", filter.from().toString(), filter.withoutFrom().href()));
        }
        if (filter.to() != null) {
            active.add(new TimelineView.ActiveFilter("to", filter.to().toString(), filter.withoutTo().href()));
        }
        return active;
    }
}
