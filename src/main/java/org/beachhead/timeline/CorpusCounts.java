package org.beachhead.timeline;

import org.beachhead.common.EntityRef;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@link Counts.Corpus} once per import: two statements, then none for any filter's counts. */
@Component
public class CorpusCounts {

    private final EventRows rows;

    CorpusCounts(EventRows rows) {
        this.rows = rows;
    }

    @Cacheable(cacheNames = "timelineCorpus", key = "'corpus'", sync = true)
    public Counts.Corpus read() {
        List<EntityRef> partners = rows.partnerRefs();
        Map<String, Integer> index = new HashMap<>();
        partners.forEach(partner -> index.put(partner.slug(), index.size()));
        Map<Long, List<Counts.EventPartner>> byEvent = new LinkedHashMap<>();
        rows.eventPartners().forEach(row -> byEvent.computeIfAbsent(row.eventId(), id -> new ArrayList<>()).add(row));
        return new Counts.Corpus(partners, byEvent.values().stream().map(event -> new Counts.EventGroup(event.get(0).kind(),
                event.get(0).certainty(), event.get(0).year(), event.stream().filter(row -> row.partnerSlug() != null)
                .mapToInt(row -> index.get(row.partnerSlug())).toArray(), 1)).toList());
    }
}
