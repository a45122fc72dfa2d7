package org.beachhead.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.beachhead.timeline.EventClaim;

@Schema(description = "Whose claim an event is and how sure: the publication's own reporting, a named person quoted, a "
        + "report the article relays, or the author's opinion or analysis.")
public record ClaimItem(
        @Schema(allowableValues = {"reporting", "quoted", "relayed", "opinion"}, example = "relayed") String attribution,
        @Schema(nullable = true, description = "The person quoted (attribution quoted)") Ref speaker,
        @Schema(nullable = true, description = "The relayed report, in the article's words (attribution relayed)",
                example = "Bloomberg") String relayedFrom,
        @Schema(allowableValues = {"stated", "reported", "unnamed-sources", "plan", "opinion"}, example = "reported")
        String certainty,
        @Schema(description = "When it was first reported: the publication date of the earliest article citing it. "
                + "The event's date says when it happened.") ApiDate reported) {

    static ClaimItem of(EventClaim claim) {
        return new ClaimItem(claim.attribution().code(), Section.PEOPLE.ref(claim.speaker()), claim.relayedFrom(),
                claim.certainty().code(), ApiDate.of(claim.reported()));
    }
}
