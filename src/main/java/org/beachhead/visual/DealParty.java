package org.beachhead.visual;

import org.beachhead.common.EntityRef;

/** A party of a deal the chart draws. */
record DealParty(String dealSlug, String partnerSlug, String partnerName) {

    EntityRef partner() {
        return new EntityRef(partnerSlug, partnerName);
    }
}
