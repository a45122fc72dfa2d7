package org.beachhead.deal;

import org.beachhead.model.DealStatus;
import org.beachhead.model.DealType;

/** A deal with one of its parties (null for a deal without any), and what the other filters test. */
record DealFacetRow(long dealId, DealStatus status, DealType type, String partnerSlug) {
}
