package org.beachhead.visual;

import org.beachhead.model.DealStatus;

import java.util.EnumSet;
import java.util.Set;

/** Talks and rumours are not yet deals: the pictures draw them dashed, bars and lines alike. */
final class TentativeStatuses {

    static final Set<DealStatus> ALL = EnumSet.of(DealStatus.RUMOURED, DealStatus.IN_TALKS);

    private TentativeStatuses() {
    }

    static boolean contains(DealStatus status) {
        return ALL.contains(status);
    }
}
