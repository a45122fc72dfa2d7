package org.beachhead.model;

import org.beachhead.common.Coded;

/** How far a deal got, as far as the corpus shows. */
public enum DealStatus implements Coded {
    RUMOURED, IN_TALKS, ANNOUNCED, SIGNED, ACTIVE, ENDED
}
