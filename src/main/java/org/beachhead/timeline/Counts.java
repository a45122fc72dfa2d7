package org.beachhead.timeline;

import org.beachhead.common.Text;
import org.beachhead.common.EntityRef;
import org.beachhead.model.Certainty;
import org.beachhead.model.EventKind;

import java.util.List;

/** What the timeline's facets count. */
public final class Counts {

    private Counts() {
    }

    /** How many events a partner has under a filter (zero included). */
    public record PartnerCount(String slug, Text name, long events) {
    }

    /** One of an event's partners (null when it has none), with what the filters test of the event. */
    record EventPartner(long eventId, EventKind kind, Certainty certainty, int year, String partnerSlug) {
    }

    /** How many events share a kind, a year and a set of partners (indexes in {@link Corpus#partners}): one each, as read. */
    record EventGroup(EventKind kind, Certainty certainty, int year, int[] partners, long events) {
    }

    /**
     * Every partner, and the events by what the filters test: from these the facets and the
     * count of any filter are added up in memory, instead of by queries over every event for each new filter.
     */
    record Corpus(List<EntityRef> partners, List<EventGroup> groups) {
    }
}
