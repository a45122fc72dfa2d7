package org.beachhead.timeline;

import org.beachhead.model.ClaimRelation;

/**
 * Another event's claim linked to this one, set beside it: {@code outgoing} when this event's
 * curation names the link ("this contradicts that"), false when the other event names it.
 */
public record LinkedClaim(ClaimRelation relation, boolean outgoing, EventCard card) {
}
