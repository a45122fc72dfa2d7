package org.beachhead.visual;

import org.beachhead.common.EntityRef;

/** A title and a partner of one of its deals. */
record TitleLink(EntityRef title, String partnerSlug) {

    TitleLink(String titleSlug, String titleName, String partnerSlug) {
        this(new EntityRef(titleSlug, titleName), partnerSlug);
    }
}
