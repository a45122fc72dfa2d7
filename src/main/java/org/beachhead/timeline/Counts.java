package org.beachhead.timeline;

import org.beachhead.model.EventKind;

/** What the timeline's facets count, each row of one counting query. */
public final class Counts {

    private Counts() {
    }

    /** How many events a partner has under a filter (zero included). */
    public record PartnerCount(String slug, String name, long events) {
    }

    /** How many events of a kind match a filter. */
    public record KindCount(EventKind kind, long events) {
    }
}
