package org.beachhead.visual;

import org.beachhead.common.EntityRef;

/** A lane's number of events; {@code partner} is null for the events that name no partner. */
record LaneCount(EntityRef partner, long events) {

    LaneCount(String partnerSlug, String partnerName, long events) {
        this(partnerSlug == null ? null : new EntityRef(partnerSlug, partnerName), events);
    }
}
