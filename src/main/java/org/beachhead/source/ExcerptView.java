package org.beachhead.source;

import org.beachhead.model.TextSpan;
import org.beachhead.model.Excerpt;
import org.beachhead.common.PartialDate;

/**
 * A verified excerpt as a page shows it: the exact words, their sentence, and the article they come
 * from; with the text just around them ({@code prefix}, {@code suffix}) and their offsets, so the API
 * can anchor it as a W3C TextQuoteSelector and TextPositionSelector.
 */
public record ExcerptView(String articleSlug, String articleHeadline, boolean headlineSupplied, String publisher,
                          PartialDate published, String exact, String contextBefore, String contextAfter,
                          int start, int end, String prefix, String suffix) {

    /** The JPQL select list {@link #of} reads, over {@code Excerpt x join x.article a}. */
    public static final String COLUMNS = "a.slug, a.headline, a.headlineSupplied, a.publisher, a.published, "
            + "x.exact, x.contextBefore, x.contextAfter, x.span.start, x.span.end, x.prefix, x.suffix";

    /** Reads the {@link #COLUMNS} of a result row, starting at {@code first}. */
    public static ExcerptView of(Object[] row, int first) {
        return new ExcerptView((String) row[first], (String) row[first + 1], (Boolean) row[first + 2],
                (String) row[first + 3], (PartialDate) row[first + 4], (String) row[first + 5],
                (String) row[first + 6], (String) row[first + 7], (Integer) row[first + 8], (Integer) row[first + 9],
                (String) row[first + 10], (String) row[first + 11]);
    }

    /** Where this excerpt stands, highlighted, in the source reader. */
    public String sourcePath() {
        return Highlight.sourcePath(articleSlug, new TextSpan(start, end));
    }

    public String publisherOrUnstated() {
        return publisher == null ? "publisher not stated" : publisher;
    }
}
