package org.beachhead.timeline;

import org.beachhead.model.EventKind;

/** What the timeline's facets and the chart count, each row of one counting query. */
public final class Counts {

    private Counts() {
    }

    /** How many events a partner has under a filter (zero included). */
    public record PartnerCount(String slug, String name, long events) {
    }

    /** How many events of a kind match a filter. */
    public record KindCount(EventKind kind, long events) {
    }

    /** How many events a filter matches, and their first and last years (null when none). */
    public record MatchingSpan(long events, Integer firstYear, Integer lastYear) {
    }

    /** A filter's events naming a partner ({@code partnerSlug} null: the events naming none). */
    public record LaneCount(String partnerSlug, String partnerName, long events) {
    }

    /**
     * A lane's events in one year, or month ({@code month} null for a year, or a year-only date);
     * {@code partnerSlug} null for the events naming no partner.
     */
    public record PeriodCount(String partnerSlug, int year, Integer month, long events) {
    }
}
