package org.beachhead.search;

import org.beachhead.common.Coded;

/** The groups of the results page, in the order it shows them. */
public enum ResultKind implements Coded {
    EVENTS, PARTNERS, DEALS, TITLES, REGULATORS, RULES, PEOPLE, SOURCES
}
