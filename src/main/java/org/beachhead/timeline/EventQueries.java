package org.beachhead.timeline;

import org.beachhead.common.EntityRef;
import org.beachhead.model.EventKind;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What other features ask of the timeline's filter: how many events it matches, and counts of them by partner and kind. */
@Component
public class EventQueries {

    private final EventRows rows;

    EventQueries(EventRows rows) {
        this.rows = rows;
    }

    /** How many events match the filter. */
    public long countMatching(TimelineFilter filter) {
        return rows.countMatching(anyPartner(filter), filter.partners(), anyKind(filter), filter.kinds(), filter.from(),
                filter.to());
    }

    /**
     * The facets of a filter: every partner with how many events it has under the filter's other
     * conditions (its own partner choice ignored), and how many events of each kind match under the
     * other conditions (the kind choice ignored).
     */
    public Facets facets(TimelineFilter filter) {
        List<Counts.PartnerCount> partners = rows.partnerCounts(anyKind(filter), filter.kinds(), filter.from(), filter.to())
                .stream().sorted(Comparator.comparing(count -> count.name().toLowerCase())).toList();
        Map<EventKind, Long> kinds = new EnumMap<>(EventKind.class);
        (filter.partners().isEmpty() ? rows.kindCounts(filter.from(), filter.to())
                : rows.kindCountsOfPartners(filter.partners(), filter.from(), filter.to()))
                .forEach(count -> kinds.put(count.kind(), count.events()));
        return new Facets(partners, kinds);
    }

    /** Counts per partner (every partner, zero included) and per kind; see {@link #facets}. */
    public record Facets(List<Counts.PartnerCount> partners, Map<EventKind, Long> kinds) {

        public List<EntityRef> partnerRefs() {
            return partners.stream().map(count -> new EntityRef(count.slug(), count.name())).toList();
        }

        /** How many events match the whole filter: the counts of its kinds, or of every kind. */
        public long matching(TimelineFilter filter) {
            return kinds.entrySet().stream()
                    .filter(kind -> filter.kinds().isEmpty() || filter.kinds().contains(kind.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    private static boolean anyPartner(TimelineFilter filter) {
        return !filter.partners().isEmpty();
    }

    private static boolean anyKind(TimelineFilter filter) {
        return !filter.kinds().isEmpty();
    }
}
