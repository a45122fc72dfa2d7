package org.beachhead.model;

import org.beachhead.common.Coded;

/** How sure the claim is, as its words put it: from a stated fact down to an opinion. */
public enum Certainty implements Coded {
    STATED, REPORTED, UNNAMED_SOURCES, PLAN, OPINION
}
