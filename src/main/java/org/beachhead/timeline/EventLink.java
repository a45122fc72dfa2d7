package org.beachhead.timeline;

import org.beachhead.common.EntityRef;

/** Something an event involves (a partner, title, regulator or person), with the event's id. */
record EventLink(long eventId, Kind kind, String slug, String name, String chineseName) {

    enum Kind { PARTNER, TITLE, REGULATOR, PERSON, BACKER, RIVAL, SUPPLIER, MENTIONED }

    EntityRef ref() {
        return new EntityRef(slug, name, chineseName);
    }
}
