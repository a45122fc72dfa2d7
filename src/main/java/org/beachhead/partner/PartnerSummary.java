package org.beachhead.partner;

import org.beachhead.model.PartnerKind;

/** A partner as the partners index lists it. */
public record PartnerSummary(String slug, String name, String chineseName, PartnerKind kind, String summary,
                             long events, long deals) {
}
