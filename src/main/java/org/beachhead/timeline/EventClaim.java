package org.beachhead.timeline;

import org.beachhead.common.EntityRef;
import org.beachhead.common.PartialDate;
import org.beachhead.model.Attribution;
import org.beachhead.model.Certainty;

/**
 * Whose claim an event is and how sure, as a card says it: {@code speaker} for a quoted person,
 * {@code relayedFrom} in the article's words for a relayed report, and when it was first reported.
 */
public record EventClaim(Attribution attribution, EntityRef speaker, String relayedFrom, Certainty certainty,
                         PartialDate reported) {
}
