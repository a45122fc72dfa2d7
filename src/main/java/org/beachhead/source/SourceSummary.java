package org.beachhead.source;

import org.beachhead.common.Text;
import org.beachhead.common.DateBasis;
import org.beachhead.common.PartialDate;

/** An article as the list of sources shows it: its facts and how many events it is evidence for. */
public record SourceSummary(ArticleFacts article, long events) {

    /** For queries: the article's facts in order, then its number of events. */
    public SourceSummary(String slug, Text headline, boolean headlineSupplied, String publisher, PartialDate published,
                         DateBasis publishedBasis, Text publishedNote, long events) {
        this(new ArticleFacts(slug, headline, headlineSupplied, publisher, published, publishedBasis, publishedNote),
                events);
    }
}
