package org.beachhead.source;

import org.beachhead.common.Text;
import org.beachhead.model.TextSpan;
import org.beachhead.common.PartialDate;

/**
 * A verified excerpt as a page shows it: the exact words, their sentence, and the article they come
 * from; with the text just around them ({@code prefix}, {@code suffix}) and their offsets, so the API
 * can anchor it as a W3C TextQuoteSelector and TextPositionSelector.
 */
public record ExcerptView(String articleSlug, Text articleHeadline, boolean headlineSupplied, String publisher,
                          PartialDate published, String exact, String contextBefore, String contextAfter,
                          int start, int end, String prefix, String suffix) {

    /** Where this excerpt stands, highlighted, in the source reader. */
    public String sourcePath() {
        return Highlight.sourcePath(articleSlug, new TextSpan(start, end));
    }

    public String publisherOrUnstated() {
        return publisher == null ? "publisher not stated" : publisher;
    }
}
