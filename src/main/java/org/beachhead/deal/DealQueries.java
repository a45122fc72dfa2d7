package org.beachhead.deal;

import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;
import org.beachhead.timeline.RoleRef;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Deals with their parties, titles and first few events: the deals first, then the events, the
 * parties and the titles of those deals, a statement each however many deals and events there are.
 * Deals come in the order of the deals list: by the date of the first event that reports them (deals
 * no event reports last), then by name, then by slug.
 */
@Component
public class DealQueries {

    private static final Comparator<EntityRef> BY_NAME = Comparator.comparing(ref -> ref.name().toLowerCase());

    private final DealRows rows;

    DealQueries(DealRows rows) {
        this.rows = rows;
    }

    /** Deals matching the filter, each with its first {@code eventsShown} events. */
    public List<DealSummary> summaries(DealFilter filter, int eventsShown) {
        return summaries(filter, Pageable.unpaged(), eventsShown);
    }

    /**
     * One page of {@link #summaries}: at most {@code limit} deals from position {@code offset} (from 0,
     * a multiple of {@code limit}, as pages are).
     */
    public List<DealSummary> summaries(DealFilter filter, int offset, int limit, int eventsShown) {
        if (offset % limit != 0) {
            throw new IllegalArgumentException("offset " + offset + " is not a multiple of the page size " + limit);
        }
        return summaries(filter, PageRequest.of(offset / limit, limit), eventsShown);
    }

    private List<DealSummary> summaries(DealFilter filter, Pageable page, int eventsShown) {
        return withChildren(rows.matching(filter, page), eventsShown);
    }

    public long count(DealFilter filter) {
        return rows.countMatching(filter);
    }

    List<DealFacetRow> facetRows() {
        return rows.facetRows();
    }

    /** The deals with these slugs, ordered like {@link #summaries}. */
    public List<DealSummary> bySlugs(Collection<String> slugs, int eventsShown) {
        return slugs.isEmpty() ? List.of() : withChildren(rows.withSlugs(slugs), eventsShown);
    }

    /** Deals that involve a title. */
    public List<DealSummary> involvingTitle(String titleSlug, int eventsShown) {
        return withChildren(rows.involvingTitle(titleSlug), eventsShown);
    }

    /** What the event rows of one deal tell: the events shown, its first and last dates and how many it has. */
    private static final class DealEvents {
        final List<DealSummary.EventBrief> shown = new ArrayList<>();
        PartialDate first;
        PartialDate last;
        int total;

        void add(DealEventRow row, int eventsShown) {
            total = (int) row.total();
            if (row.position() <= eventsShown) {
                shown.add(row.brief());
            }
            if (row.position() == 1) {
                first = row.date();
            }
            if (row.position() == row.total()) {
                last = row.date();
            }
        }
    }

    /** The deals, in their order, each with its events, parties and titles. */
    private List<DealSummary> withChildren(List<DealHead> deals, int eventsShown) {
        if (deals.isEmpty()) {
            return List.of();
        }
        List<Long> ids = deals.stream().map(DealHead::id).toList();
        Map<Long, DealEvents> events = new HashMap<>();
        for (DealEventRow row : rows.events(ids, eventsShown)) {
            events.computeIfAbsent(row.dealId(), id -> new DealEvents()).add(row, eventsShown);
        }
        Map<Long, List<EntityRef>> partners = byDeal(rows.parties(ids));
        Map<Long, List<RoleRef>> others = new HashMap<>();
        rows.others(ids).stream().sorted(Comparator.comparing(DealLink::slug))
                .forEach(o -> others.computeIfAbsent(o.dealId(), id -> new ArrayList<>()).add(new RoleRef(o.ref(), o.role())));
        Map<Long, List<EntityRef>> titles = byDeal(rows.titles(ids));
        return deals.stream().map(deal -> {
            DealEvents dealEvents = events.getOrDefault(deal.id(), new DealEvents());
            return new DealSummary(deal.slug(), deal.name(), deal.chineseName(), deal.type(), deal.status(), deal.statusAsOf(),
                    deal.netflixParty(), deal.summary(), partners.getOrDefault(deal.id(), List.of()),
                    others.getOrDefault(deal.id(), List.of()), titles.getOrDefault(deal.id(), List.of()),
                    List.copyOf(dealEvents.shown), dealEvents.total, dealEvents.first, dealEvents.last);
        }).toList();
    }

    /** Parties or titles per deal, each list by name ignoring case. */
    private static Map<Long, List<EntityRef>> byDeal(List<DealLink> links) {
        Map<Long, List<EntityRef>> byDeal = new HashMap<>();
        links.forEach(link -> byDeal.computeIfAbsent(link.dealId(), id -> new ArrayList<>()).add(link.ref()));
        byDeal.replaceAll((id, refs) -> refs.stream().sorted(BY_NAME).toList());
        return byDeal;
    }
}
