package org.beachhead.deal;

import org.beachhead.common.Text;
import org.beachhead.model.DealType;
import org.beachhead.model.DealStatus;
import org.beachhead.common.DateBasis;
import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;
import org.beachhead.timeline.RoleRef;

import java.util.List;

/**
 * A deal with its parties, titles and the first of the events that report it, oldest first
 * ({@code events}, as many as its reader asked for), how many events report it in all, and the
 * dates of the first and the latest (null for a deal no event reports). Its status is true as of
 * {@code statusAsOf}, its latest report; {@code partners} are its parties, {@code others} the rest.
 */
public record DealSummary(String slug, String name, String chineseName, DealType type, DealStatus status, PartialDate statusAsOf,
                          boolean netflixParty, Text summary, List<EntityRef> partners, List<RoleRef> others,
                          List<EntityRef> titles, List<EventBrief> events, int eventCount, PartialDate firstReported,
                          PartialDate lastReported) {

    /** On a deal's card: its first few events in date order, then how many more its page lists. */
    public static final int EVENTS_ON_CARD = 3;

    /** The deal's name in the reader's language. */
    public String label() {
        return new Text(name, chineseName).toString();
    }

    /** An event of the deal, with how its date was established ({@code datedBy}, {@code dateNote}). */
    public record EventBrief(String slug, Text headline, PartialDate date, DateBasis datedBy, Text dateNote) {
    }

    /** The events its card lists: the first {@link #EVENTS_ON_CARD}. */
    public List<EventBrief> eventsOnCard() {
        return events.subList(0, Math.min(EVENTS_ON_CARD, events.size()));
    }

    /** How many of its events its card leaves to its page. */
    public int moreEvents() {
        return eventCount - eventsOnCard().size();
    }
}
