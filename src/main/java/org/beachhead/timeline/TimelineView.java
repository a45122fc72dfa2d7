package org.beachhead.timeline;

import org.beachhead.common.Text;
import org.beachhead.common.PageWindow;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.function.UnaryOperator;

/** Everything the timeline page shows for one filter. */
public record TimelineView(TimelineFilter filter, int total, List<YearGroup> years, List<FacetOption> partnerFacets,
                           List<FacetOption> kindFacets, List<FacetOption> certaintyFacets,
                           List<ActiveFilter> activeFilters, String clearHref,
                           String oldestFirstHref, String newestFirstHref, String chartHref,
                           PageWindow pages) {

    /** The same events one line each ({@code /timeline?view=compact}). */
    public String compactHref() {
        return compactHref(filter);
    }

    static String compactHref(TimelineFilter filter) {
        return compactOf(filter.href());
    }

    private static String compactOf(String href) {
        return UriComponentsBuilder.fromUriString(href).queryParam("view", "compact").build().toUriString();
    }

    /** The same view whose filter links (facets, chips, order) stay in the compact view. */
    TimelineView linkingToCompact() {
        UnaryOperator<String> compact = TimelineView::compactOf;
        return new TimelineView(filter, total, years, relinked(partnerFacets, compact), relinked(kindFacets, compact),
                relinked(certaintyFacets, compact),
                activeFilters.stream().map(active -> new ActiveFilter(active.type(), active.value(), compact.apply(active.removeHref())))
                        .toList(),
                compact.apply(clearHref), compact.apply(oldestFirstHref), compact.apply(newestFirstHref), chartHref, pages);
    }

    private static List<FacetOption> relinked(List<FacetOption> options, UnaryOperator<String> address) {
        return options.stream()
                .map(option -> new FacetOption(option.code(), option.name(), option.count(), option.selected(), address.apply(option.href())))
                .toList();
    }

    public record YearGroup(int year, List<EventCard> events) {
    }

    /**
     * One choice of a filter, with how many events it would show and the link that toggles it;
     * {@code name} is a partner's name, and null for a kind or a certainty (the page names them in its language).
     */
    public record FacetOption(String code, Text name, long count, boolean selected, String href) {
    }

    /**
     * A filter in force ({@code type} is partner, kind, certainty, from or to; {@code value} a partner's name,
     * a kind's or certainty's code or a year), with the link that removes just that filter.
     */
    public record ActiveFilter(String type, Text value, String removeHref) {
    }
}
