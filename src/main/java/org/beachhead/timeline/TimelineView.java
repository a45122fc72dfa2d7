package org.beachhead.timeline;

import java.util.List;

/** Everything the timeline page shows for one filter. */
public record TimelineView(TimelineFilter filter, int total, List<YearGroup> years, List<FacetOption> partnerFacets,
                           List<FacetOption> kindFacets, List<ActiveFilter> activeFilters, String clearHref,
                           String oldestFirstHref, String newestFirstHref) {

    public record YearGroup(int year, List<EventCard> events) {
    }

    /** One choice of a filter, with how many events it would show and the link that toggles it. */
    public record FacetOption(String code, String label, long count, boolean selected, String href) {
    }

    /** A filter in force, with the link that removes just that filter. */
    public record ActiveFilter(String label, String removeHref) {
    }
}
