package org.beachhead.timeline;

import org.beachhead.common.Text;
import org.beachhead.common.EntityRef;
import org.beachhead.model.Certainty;
import org.beachhead.model.EventKind;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What other features ask of the timeline's filter: how many events it matches, and counts of them by
 * partner and kind, added up in memory from {@link Counts.Corpus}.
 */
@Component
public class EventQueries {

    private final CorpusCounts corpus;

    EventQueries(CorpusCounts corpus) {
        this.corpus = corpus;
    }

    /** How many events match the filter. */
    public long countMatching(TimelineFilter filter) {
        return facets(filter).matching(filter);
    }

    /**
     * The facets of a filter: every partner with how many events it has under the filter's other
     * conditions (its own partner choice ignored), and how many events of each kind match under the
     * other conditions (the kind choice ignored), and of each certainty (the certainty choice ignored).
     */
    public Facets facets(TimelineFilter filter) {
        Counts.Corpus counts = corpus.read();
        List<EntityRef> partners = counts.partners();
        // By index, not in a set of boxed indexes: this loop runs once per event for every new filter.
        boolean[] chosen = new boolean[partners.size()];
        boolean noneChosen = true;
        for (int i = 0; i < partners.size(); i++) {
            chosen[i] = filter.partners().contains(partners.get(i).slug());
            noneChosen &= !chosen[i];
        }
        long[] perPartner = new long[partners.size()];
        Map<EventKind, Long> kinds = new EnumMap<>(EventKind.class);
        Map<Certainty, Long> certainties = new EnumMap<>(Certainty.class);
        for (Counts.EventGroup group : counts.groups()) {
            if ((filter.from() != null && group.year() < filter.from()) || (filter.to() != null && group.year() > filter.to())) {
                continue;
            }
            boolean ofKind = filter.kinds().isEmpty() || filter.kinds().contains(group.kind());
            boolean ofCertainty = filter.certainties().isEmpty() || filter.certainties().contains(group.certainty());
            boolean ofPartners = noneChosen;
            for (int partner : group.partners()) {
                ofPartners |= chosen[partner];
                if (ofKind && ofCertainty) {
                    perPartner[partner] += group.events();
                }
            }
            if (ofPartners && ofCertainty) {
                kinds.merge(group.kind(), group.events(), Long::sum);
            }
            if (ofPartners && ofKind) {
                certainties.merge(group.certainty(), group.events(), Long::sum);
            }
        }
        List<Counts.PartnerCount> partnerCounts = new ArrayList<>(partners.size());
        for (int i = 0; i < partners.size(); i++) {
            partnerCounts.add(new Counts.PartnerCount(partners.get(i).slug(),
                    new Text(partners.get(i).name(), partners.get(i).chineseName()), perPartner[i]));
        }
        partnerCounts.sort(Comparator.comparing(count -> count.name().en().toLowerCase()));
        return new Facets(partnerCounts, kinds, certainties);
    }

    /** Counts per partner (every partner, zero included), per kind and per certainty; see {@link #facets}. */
    public record Facets(List<Counts.PartnerCount> partners, Map<EventKind, Long> kinds, Map<Certainty, Long> certainties) {

        public List<EntityRef> partnerRefs() {
            return partners.stream().map(count -> new EntityRef(count.slug(), count.name().en(), count.name().zh())).toList();
        }

        /** How many events match the whole filter: the counts of its kinds, or of every kind. */
        public long matching(TimelineFilter filter) {
            return kinds.entrySet().stream()
                    .filter(kind -> filter.kinds().isEmpty() || filter.kinds().contains(kind.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }
}
