package org.beachhead.source;

import org.beachhead.common.Text;
import org.beachhead.common.PartialDate;
import org.beachhead.model.ExcerptPurpose;

/**
 * An excerpt with what it is for: the evidence or the dating words of an event ({@code eventId}), or
 * the description of a partner or regulator ({@code eventId} null).
 */
public record EventExcerpt(Long eventId, ExcerptPurpose purpose, ExcerptView view) {

    /** For queries: the event, the purpose, then the columns of an {@link ExcerptView} in order. */
    public EventExcerpt(Long eventId, ExcerptPurpose purpose, String articleSlug, Text articleHeadline,
                        boolean headlineSupplied, String publisher, PartialDate published, String exact,
                        String contextBefore, String contextAfter, int start, int end, String prefix, String suffix) {
        this(eventId, purpose, new ExcerptView(articleSlug, articleHeadline, headlineSupplied, publisher, published,
                exact, contextBefore, contextAfter, start, end, prefix, suffix));
    }
}
