package org.beachhead.partner;

import org.beachhead.common.Text;
import org.beachhead.model.PartnerKind;

/**
 * A partner as the partners index lists it: {@code events} and {@code deals} count those it is a party
 * to, as the timeline's and the deals' partner filters do; {@code eventsInOtherRoles} those where it is a
 * backer, a rival, a supplier or a name in passing, which its page lists too.
 */
public record PartnerSummary(String slug, String name, String chineseName, PartnerKind kind, Text summary,
                             long events, long deals, long eventsInOtherRoles) {

    /** The name in the reader's language: the Chinese name for a Chinese reader, where there is one. */
    public String label() {
        return new Text(name, chineseName).toString();
    }

    /** Every event its page lists, in any role. */
    public long eventsInAnyRole() {
        return events + eventsInOtherRoles;
    }
}
