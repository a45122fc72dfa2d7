package org.beachhead.visual;

import org.beachhead.common.EntityRef;

/** A regulator and a partner named in one event; {@code partnerSlug} is null for an event that names no partner. */
record RegulatorLink(EntityRef regulator, String partnerSlug) {

    RegulatorLink(String regulatorSlug, String regulatorName, String partnerSlug) {
        this(new EntityRef(regulatorSlug, regulatorName), partnerSlug);
    }
}
