package org.beachhead.model;

import org.beachhead.common.Coded;

/**
 * What an organisation is to an event or a deal. Only a party makes a deal that organisation's deal
 * (the partner filter, the map's lines and the counts); the other roles are shown as what they are.
 */
public enum Role implements Coded {
    PARTY, BACKER, RIVAL, SUPPLIER, MENTIONED
}
