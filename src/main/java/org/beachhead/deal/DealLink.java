package org.beachhead.deal;

import org.beachhead.model.Role;
import org.beachhead.common.EntityRef;

/** A party, another organisation in its role, or a title of a deal (a title's role is null). */
record DealLink(Long dealId, String slug, String name, String chineseName, Role role) {

    /** A title's link. */
    DealLink(Long dealId, String slug, String name, String chineseName) {
        this(dealId, slug, name, chineseName, null);
    }

    EntityRef ref() {
        return new EntityRef(slug, name, chineseName);
    }
}
