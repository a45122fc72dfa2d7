package org.beachhead.timeline;

import org.beachhead.common.EntityRef;

/** Something an event involves (a partner, title, regulator or person), with the event's id. */
record EventLink(long eventId, String slug, String name, String chineseName) {

    /** For what has no Chinese name in the data (people). */
    EventLink(long eventId, String slug, String name) {
        this(eventId, slug, name, null);
    }

    EntityRef ref() {
        return new EntityRef(slug, name, chineseName);
    }
}
