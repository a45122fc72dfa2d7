package org.beachhead.workbench;

import org.beachhead.common.Text;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A reader's report as the workbench lists it; {@code headline} is null once the event has left the corpus. */
record ReportRow(long id, String eventSlug, Text headline, String text, Instant reportedAt, ReportState state,
                 String handledBy, Instant handledAt) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public String reported() {
        return UTC.format(reportedAt);
    }

    public String handled() {
        return handledAt == null ? null : UTC.format(handledAt);
    }
}
