package org.beachhead.deal;

import org.beachhead.common.EntityRef;
import org.beachhead.common.Text;
import org.beachhead.model.DealStatus;
import org.beachhead.model.DealType;
import org.beachhead.timeline.TimelineView.ActiveFilter;
import org.beachhead.timeline.TimelineView.FacetOption;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The deals list's facets, as on the timeline: for each partner, status and type, how many deals
 * the filter would match with that choice toggled (the other filters kept), with the link that
 * toggles it; and the chips of the filters in force. Counted in memory from one row per deal and
 * party, since a deal has few parties and the corpus a few thousand deals at most.
 */
public record DealFacets(List<FacetOption> partners, List<FacetOption> statuses, List<FacetOption> types,
                         List<ActiveFilter> active, long matching) {

    static DealFacets of(DealFilter filter, List<DealFacetRow> rows, List<EntityRef> allPartners) {
        Map<Long, Set<String>> partnersOf = new HashMap<>();
        Map<Long, DealFacetRow> deals = new HashMap<>();
        for (DealFacetRow row : rows) {
            deals.putIfAbsent(row.dealId(), row);
            Set<String> parties = partnersOf.computeIfAbsent(row.dealId(), id -> new HashSet<>());
            if (row.partnerSlug() != null) {
                parties.add(row.partnerSlug());
            }
        }
        Predicate<DealFacetRow> byPartner = deal -> filter.partners().isEmpty()
                || filter.partners().stream().anyMatch(partnersOf.get(deal.dealId())::contains);
        Predicate<DealFacetRow> byStatus = deal -> filter.statuses().isEmpty() || filter.statuses().contains(deal.status());
        Predicate<DealFacetRow> byType = deal -> filter.types().isEmpty() || filter.types().contains(deal.type());

        Map<String, Long> perPartner = new HashMap<>();
        Map<DealStatus, Long> perStatus = new HashMap<>();
        Map<DealType, Long> perType = new HashMap<>();
        long matching = 0;
        for (DealFacetRow deal : deals.values()) {
            boolean partner = byPartner.test(deal);
            boolean status = byStatus.test(deal);
            boolean type = byType.test(deal);
            if (status && type) {
                partnersOf.get(deal.dealId()).forEach(slug -> perPartner.merge(slug, 1L, Long::sum));
            }
            if (partner && type) {
                perStatus.merge(deal.status(), 1L, Long::sum);
            }
            if (partner && status) {
                perType.merge(deal.type(), 1L, Long::sum);
            }
            if (partner && status && type) {
                matching++;
            }
        }
        Map<String, EntityRef> refs = new HashMap<>();
        allPartners.forEach(ref -> refs.put(ref.slug(), ref));
        List<FacetOption> partners = refs.values().stream()
                .map(ref -> new FacetOption(ref.slug(), new Text(ref.name(), ref.chineseName()), perPartner.getOrDefault(ref.slug(), 0L),
                        filter.partners().contains(ref.slug()), filter.togglePartner(ref.slug()).href()))
                .filter(option -> option.count() > 0 || option.selected())
                .sorted(Comparator.comparingLong(FacetOption::count).reversed().thenComparing(option -> option.name().en().toLowerCase()))
                .toList();
        List<FacetOption> statuses = new ArrayList<>();
        for (DealStatus status : DealStatus.values()) {
            long count = perStatus.getOrDefault(status, 0L);
            if (count > 0 || filter.statuses().contains(status)) {
                statuses.add(new FacetOption(status.code(), null, count, filter.statuses().contains(status),
                        filter.toggleStatus(status).href()));
            }
        }
        List<FacetOption> types = new ArrayList<>();
        for (DealType type : DealType.values()) {
            long count = perType.getOrDefault(type, 0L);
            if (count > 0 || filter.types().contains(type)) {
                types.add(new FacetOption(type.code(), null, count, filter.types().contains(type), filter.toggleType(type).href()));
            }
        }
        List<ActiveFilter> active = new ArrayList<>();
        filter.partners().forEach(slug -> active.add(new ActiveFilter("partner", new Text(refs.get(slug).name(), refs.get(slug).chineseName()), filter.togglePartner(slug).href())));
        filter.statuses().forEach(status -> active.add(new ActiveFilter("status", Text.of(status.code(), null), filter.toggleStatus(status).href())));
        filter.types().forEach(type -> active.add(new ActiveFilter("type", Text.of(type.code(), null), filter.toggleType(type).href())));
        return new DealFacets(partners, statuses, types, active, matching);
    }
}
