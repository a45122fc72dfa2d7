package org.beachhead.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.beachhead.timeline.LinkedClaim;

import java.util.List;

@Schema(description = "A claim curated as bearing on this one. outgoing: this event contradicts, revises or reports "
        + "again the other; otherwise the other does so to this one.")
public record LinkedClaimItem(
        @Schema(allowableValues = {"contradicts", "revises", "reports-again"}, example = "contradicts") String relation,
        boolean outgoing,
        EventRef event) {

    static List<LinkedClaimItem> of(List<LinkedClaim> linked) {
        return linked.stream().map(claim -> new LinkedClaimItem(claim.relation().code(), claim.outgoing(),
                EventRef.of(claim.card()))).toList();
    }
}
