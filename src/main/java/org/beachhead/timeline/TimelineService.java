package org.beachhead.timeline;

import org.beachhead.common.BadParameterException;
import org.beachhead.common.EntityRef;
import org.beachhead.partner.PartnerQueries;
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

    private final EventQueries events;
    private final EventCards cards;
    private final PartnerQueries partners;

    public TimelineService(EventQueries events, EventCards cards, PartnerQueries partners) {
        this.events = events;
        this.cards = cards;
        this.partners = partners;
    }

    /** @throws BadParameterException when the filter names a partner the corpus does not have */
    @Transactional(readOnly = true)
    public TimelineView timeline(TimelineFilter filter) {
        List<EntityRef> allPartners = partners.allRefsKnowing("partner", filter.partners());

        List<EventCard> matching = cards.forIds(events.matchingIds(filter));
        Map<Integer, List<EventCard>> byYear = new LinkedHashMap<>();
        matching.forEach(card -> byYear.computeIfAbsent(card.date().year(), year -> new ArrayList<>()).add(card));
        List<TimelineView.YearGroup> years = byYear.entrySet().stream()
                .map(entry -> new TimelineView.YearGroup(entry.getKey(), entry.getValue())).toList();

        return new TimelineView(filter, matching.size(), years, partnerFacets(filter, allPartners),
                kindFacets(filter), activeFilters(filter, allPartners), filter.cleared().href(),
                filter.withNewestFirst(false).href(), filter.withNewestFirst(true).href(),
                UriComponentsBuilder.fromUriString(filter.href()).replacePath("/timeline/chart").build().toUriString());
    }

    private List<TimelineView.FacetOption> partnerFacets(TimelineFilter filter, List<EntityRef> allPartners) {
        Map<String, Long> counts = events.countsByPartner(filter);
        return allPartners.stream()
                .map(partner -> new TimelineView.FacetOption(partner.slug(), partner.name(),
                        counts.getOrDefault(partner.slug(), 0L), filter.partners().contains(partner.slug()),
                        filter.togglePartner(partner.slug()).href()))
                .filter(option -> option.count() > 0 || option.selected())
                .sorted(Comparator.comparingLong(TimelineView.FacetOption::count).reversed()
                        .thenComparing(option -> option.name().toLowerCase()))
                .toList();
    }

    private List<TimelineView.FacetOption> kindFacets(TimelineFilter filter) {
        Map<EventKind, Long> counts = events.countsByKind(filter);
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
