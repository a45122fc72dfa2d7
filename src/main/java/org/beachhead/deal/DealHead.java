package org.beachhead.deal;

import org.beachhead.common.Text;
import org.beachhead.common.PartialDate;
import org.beachhead.model.DealStatus;
import org.beachhead.model.DealType;

/** A deal's own columns, read before its events, parties and titles. */
record DealHead(Long id, String slug, String name, String chineseName, DealType type, DealStatus status, boolean netflixParty,
                Text summary, PartialDate statusAsOf) {
}
