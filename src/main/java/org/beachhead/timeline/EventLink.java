package org.beachhead.timeline;

import org.beachhead.common.EntityRef;
import org.beachhead.common.Text;
import org.beachhead.model.Role;

/** Something an event involves (a partner, title, regulator or person), with the event's id. */
record EventLink(long eventId, String slug, String name, String chineseName) {

    EntityRef ref() {
        return new EntityRef(slug, name, chineseName);
    }

    /** An event's id and slug. */
    record Id(long id, String slug) {
    }

    /** A person's role (job title), as the cards' person links leave it out. */
    record PersonRole(String slug, Text role) {
    }

    /** An organisation in an event in a role other than party. */
    record InRole(long eventId, Role role, String slug, String name, String chineseName) {

        EntityRef asRef() {
            return new EntityRef(slug, name, chineseName);
        }
    }
}
