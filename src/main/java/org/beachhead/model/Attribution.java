package org.beachhead.model;

import org.beachhead.common.Coded;

/** Who makes an event's claim: the publication itself, a named person it quotes, a report it relays, or its author's view. */
public enum Attribution implements Coded {
    REPORTING, QUOTED, RELAYED, OPINION
}
