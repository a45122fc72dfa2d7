package org.beachhead.timeline;

import org.beachhead.common.EntityRef;
import org.beachhead.model.EventKind;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Reads {@link Counts.Corpus} once per import: two statements, then none for any filter's counts. */
@Component
public class CorpusCounts {

    private final EventRows rows;

    CorpusCounts(EventRows rows) {
        this.rows = rows;
    }

    private record GroupKey(EventKind kind, int year, List<Integer> partners) {
    }

    @Cacheable(cacheNames = "timelineCorpus", key = "'corpus'", sync = true)
    public Counts.Corpus read() {
        List<EntityRef> partners = rows.partnerRefs();
        Map<String, Integer> index = new HashMap<>();
        partners.forEach(partner -> index.put(partner.slug(), index.size()));
        Map<Long, Counts.EventPartner> events = new LinkedHashMap<>();
        Map<Long, TreeSet<Integer>> partnersOf = new HashMap<>();
        for (Counts.EventPartner row : rows.eventPartners()) {
            events.putIfAbsent(row.eventId(), row);
            TreeSet<Integer> of = partnersOf.computeIfAbsent(row.eventId(), id -> new TreeSet<>());
            if (row.partnerSlug() != null) {
                of.add(index.get(row.partnerSlug()));
            }
        }
        Map<GroupKey, Long> groups = new LinkedHashMap<>();
        events.values().forEach(event -> groups.merge(new GroupKey(event.kind(), event.year(),
                List.copyOf(partnersOf.get(event.eventId()))), 1L, Long::sum));
        List<Counts.EventGroup> counted = new ArrayList<>(groups.size());
        groups.forEach((key, count) -> counted.add(new Counts.EventGroup(key.kind(), key.year(),
                key.partners().stream().mapToInt(Integer::intValue).toArray(), count)));
        return new Counts.Corpus(partners, counted);
    }
}
