package org.beachhead.visual;

/** A lane's events in one year or month; {@code partnerSlug} null for events naming no partner, {@code month} null for a year or a year-only date. */
record PeriodCount(String partnerSlug, int year, Integer month, long events) {
}
