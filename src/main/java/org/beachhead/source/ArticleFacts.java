package org.beachhead.source;

import org.beachhead.common.Text;
import org.beachhead.common.DateBasis;
import org.beachhead.common.PartialDate;

/** What the corpus says about an article itself: its headline, publisher and date, and how that date was established. */
public record ArticleFacts(String slug, Text headline, boolean headlineSupplied, String publisher,
                           PartialDate published, DateBasis publishedBasis, Text publishedNote) {
}
