package org.beachhead.source;

import org.beachhead.model.TextSpan;
import org.beachhead.model.ExcerptPurpose;
import org.beachhead.common.EntityRef;

/**
 * One curated use of a passage of an article: why it was curated and what it is about, an event
 * (evidence or dating) or a partner or regulator it describes. {@code section} is the owner's
 * part of the site: "events", "partners" or "regulators".
 */
public record ExcerptUse(TextSpan span, String exact, ExcerptPurpose purpose, String section, EntityRef owner) {
}
