package org.beachhead.deal;

import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;

import java.util.List;

/** A deal with its parties, titles and the events that report it, oldest first. */
public record DealSummary(String slug, String name, DealType type, DealStatus status, boolean netflixParty,
                          String summary, List<EntityRef> partners, List<EntityRef> titles, List<EventBrief> events) {

    public record EventBrief(String slug, String headline, PartialDate date) {
    }

    /** When the corpus first reports the deal; null for a deal no event reports. */
    public PartialDate firstReported() {
        return events.isEmpty() ? null : events.get(0).date();
    }

    public PartialDate lastReported() {
        return events.isEmpty() ? null : events.get(events.size() - 1).date();
    }
}
