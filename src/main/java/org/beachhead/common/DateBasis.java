package org.beachhead.common;

/** How a date was established; pages explain it through the message {@code date-basis.<code>}. */
public enum DateBasis implements Coded {
    PUBLISHED, STATED, INFERRED
}
