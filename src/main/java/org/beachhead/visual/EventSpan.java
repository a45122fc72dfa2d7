package org.beachhead.visual;

/** How many events a filter matches, their first and last years (null for none), and how many of the filter's partners exist. */
record EventSpan(long events, Integer firstYear, Integer lastYear, long knownPartners) {
}
