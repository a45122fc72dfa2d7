package org.beachhead.timeline;

import org.beachhead.common.Text;
import org.beachhead.common.BadParameterException;
import org.beachhead.common.EntityRef;
import org.beachhead.model.Certainty;
import org.beachhead.model.EventKind;
import org.beachhead.model.PartnerRepository;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a filter's pages share and what depends only on the corpus and the filter: the facets, the
 * chips and the number of matching events. Cached per filter, as counting over every event for each
 * request would make the page slower the longer the corpus.
 */
@Component
class TimelineSummaries {

    record Summary(List<TimelineView.FacetOption> partnerFacets, List<TimelineView.FacetOption> kindFacets,
                   List<TimelineView.FacetOption> certaintyFacets, List<TimelineView.ActiveFilter> activeFilters,
                   long matching) {
    }

    private final EventQueries events;

    TimelineSummaries(EventQueries events) {
        this.events = events;
    }

    /** @throws BadParameterException when the filter names a partner the corpus does not have */
    @Cacheable(cacheNames = "timelineSummary", key = "#filter", sync = true)
    public Summary of(TimelineFilter filter) {
        EventQueries.Facets facets = events.facets(filter);
        List<EntityRef> allPartners = facets.partnerRefs();
        PartnerRepository.requireKnown("partner", filter.partners(), allPartners);
        return new Summary(partnerFacets(filter, facets), kindFacets(filter, facets.kinds()),
                certaintyFacets(filter, facets.certainties()), activeFilters(filter, allPartners), facets.matching(filter));
    }

    private static List<TimelineView.FacetOption> partnerFacets(TimelineFilter filter, EventQueries.Facets facets) {
        return facets.partners().stream()
                .map(count -> new TimelineView.FacetOption(count.slug(), count.name(), count.events(),
                        filter.partners().contains(count.slug()), filter.togglePartner(count.slug()).href()))
                .filter(option -> option.count() > 0 || option.selected())
                .sorted(Comparator.comparingLong(TimelineView.FacetOption::count).reversed()
                        .thenComparing(option -> option.name().en().toLowerCase()))
                .toList();
    }

    private static List<TimelineView.FacetOption> kindFacets(TimelineFilter filter, Map<EventKind, Long> counts) {
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

    private static List<TimelineView.FacetOption> certaintyFacets(TimelineFilter filter, Map<Certainty, Long> counts) {
        List<TimelineView.FacetOption> options = new ArrayList<>();
        for (Certainty certainty : Certainty.values()) {
            long count = counts.getOrDefault(certainty, 0L);
            boolean selected = filter.certainties().contains(certainty);
            if (count > 0 || selected) {
                options.add(new TimelineView.FacetOption(certainty.code(), null, count, selected,
                        filter.toggleCertainty(certainty).href()));
            }
        }
        return options;
    }

    private static List<TimelineView.ActiveFilter> activeFilters(TimelineFilter filter, List<EntityRef> allPartners) {
        Map<String, Text> names = allPartners.stream()
                .collect(Collectors.toMap(EntityRef::slug, partner -> new Text(partner.name(), partner.chineseName())));
        List<TimelineView.ActiveFilter> active = new ArrayList<>();
        filter.partners().forEach(slug -> active.add(new TimelineView.ActiveFilter("partner", names.get(slug),
                filter.togglePartner(slug).href())));
        filter.kinds().forEach(kind -> active.add(new TimelineView.ActiveFilter("kind", Text.of(kind.code(), null),
                filter.toggleKind(kind).href())));
        filter.certainties().forEach(certainty -> active.add(new TimelineView.ActiveFilter("certainty", Text.of(certainty.code(), null),
                filter.toggleCertainty(certainty).href())));
        if (filter.from() != null) {
            active.add(new TimelineView.ActiveFilter("from", Text.of(filter.from().toString(), null), filter.withoutFrom().href()));
        }
        if (filter.to() != null) {
            active.add(new TimelineView.ActiveFilter("to", Text.of(filter.to().toString(), null), filter.withoutTo().href()));
        }
        return active;
    }
}
