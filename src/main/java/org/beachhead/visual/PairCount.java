package org.beachhead.visual;

import org.beachhead.model.DealStatus;

/** The deals of one status between two parties; {@code partnerSlug} null for Netflix. */
record PairCount(String partnerSlug, String otherPartnerSlug, DealStatus status, long deals) {
}
