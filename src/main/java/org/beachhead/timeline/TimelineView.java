package org.beachhead.timeline;

import org.beachhead.common.Text;
import org.beachhead.common.PageWindow;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;

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
        return UriComponentsBuilder.fromUriString(filter.href()).queryParam("view", "compact").build().toUriString();
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
