package org.beachhead.deal;

import org.beachhead.common.EntityRef;

/** A party or a title of a deal. */
record DealLink(Long dealId, String slug, String name) {

    EntityRef ref() {
        return new EntityRef(slug, name);
    }
}
