package org.beachhead.timeline;

import org.beachhead.common.EntityRef;
import org.beachhead.model.Role;

/** An organisation in an event in a role other than party, shown as what it is ("backer: Alibaba"). */
public record RoleRef(EntityRef partner, Role role) {
}
