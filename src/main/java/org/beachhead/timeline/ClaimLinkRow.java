package org.beachhead.timeline;

import org.beachhead.model.ClaimRelation;

/** A link between two claims as seen from one of them: the other event's slug, and which side named it. */
record ClaimLinkRow(ClaimRelation relation, String otherSlug, boolean outgoing) {
}
