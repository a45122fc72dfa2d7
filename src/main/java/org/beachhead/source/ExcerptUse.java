package org.beachhead.source;

import org.beachhead.common.Text;
import org.beachhead.model.TextSpan;
import org.beachhead.model.ExcerptPurpose;
import org.beachhead.common.EntityRef;

/**
 * One curated use of a passage of an article: why it was curated and what it is about, an event
 * (evidence or dating) or a partner or regulator it describes. {@code section} is the owner's
 * part of the site: "events", "partners" or "regulators".
 */
public record ExcerptUse(TextSpan span, String exact, ExcerptPurpose purpose, String section, EntityRef owner) {

    /** For queries: the span, then the slug and name of its event, partner or regulator (the others null). */
    public ExcerptUse(int start, int end, String exact, ExcerptPurpose purpose, String eventSlug, Text eventHeadline,
                      String partnerSlug, String partnerName, String partnerChineseName, String regulatorSlug,
                      String regulatorName, String regulatorChineseName) {
        this(new TextSpan(start, end), exact, purpose,
                eventSlug != null ? "events" : partnerSlug != null ? "partners" : "regulators",
                eventSlug != null ? new EntityRef(eventSlug, eventHeadline.en(), eventHeadline.zh())
                        : partnerSlug != null ? new EntityRef(partnerSlug, partnerName, partnerChineseName)
                        : new EntityRef(regulatorSlug, regulatorName, regulatorChineseName));
    }
}
