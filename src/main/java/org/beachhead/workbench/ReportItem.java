package org.beachhead.workbench;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A reader's report as the curation API gives it. */
record ReportItem(long id,
                  @Schema(description = "The slug of the event the report is about") String event,
                  @Schema(description = "The event's English headline; null once the event has left the corpus") String headline,
                  @Schema(description = "The event's page") String eventPage,
                  @Schema(description = "What the reader wrote") String text,
                  Instant reportedAt,
                  @Schema(allowableValues = {"open", "handled"}) String state,
                  @Schema(description = "The editor who last marked it handled or open; null until then") String handledBy,
                  @Schema(description = "When it was last marked; null until then") Instant handledAt) {

    static ReportItem of(ReportRow row) {
        return new ReportItem(row.id(), row.eventSlug(), row.headline() == null ? null : row.headline().en(),
                "/events/" + row.eventSlug(), row.text(), row.reportedAt(), row.state().code(), row.handledBy(), row.handledAt());
    }
}
