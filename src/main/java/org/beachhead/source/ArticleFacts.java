package org.beachhead.source;

import org.beachhead.model.Article;
import org.beachhead.common.DateBasis;
import org.beachhead.common.PartialDate;

/** What the corpus says about an article itself: its headline, publisher and date, and how that date was established. */
public record ArticleFacts(String slug, String headline, boolean headlineSupplied, String publisher,
                           PartialDate published, DateBasis publishedBasis, String publishedNote) {

    /** The JPQL select list {@link #of} reads, over {@code Article a}. */
    static final String COLUMNS = "a.slug, a.headline, a.headlineSupplied, a.publisher, a.published, "
            + "a.publishedBasis, a.publishedNote";

    /** Reads the {@link #COLUMNS} of a result row, starting at {@code first}. */
    static ArticleFacts of(Object[] row, int first) {
        return new ArticleFacts((String) row[first], (String) row[first + 1], (Boolean) row[first + 2],
                (String) row[first + 3], (PartialDate) row[first + 4], (DateBasis) row[first + 5],
                (String) row[first + 6]);
    }
}
