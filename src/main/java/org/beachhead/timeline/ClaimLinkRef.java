package org.beachhead.timeline;

import org.beachhead.common.Text;
import org.beachhead.model.ClaimRelation;

/**
 * A link between two claims as seen from event {@code eventId}: the other event, and whether this
 * event's curation names the link ({@code outgoing}: "this contradicts that") or the other's does.
 */
public record ClaimLinkRef(long eventId, ClaimRelation relation, String otherSlug, Text otherHeadline,
                           boolean outgoing) {
}
