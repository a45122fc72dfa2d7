package org.beachhead.cite;

import org.beachhead.common.Text;
import org.beachhead.common.DateBasis;
import org.beachhead.common.PartialDate;

/** What a citation of one article needs: its title, publisher, date (and how it was established) and capture hash. */
public record CitedSource(String slug, Text headline, boolean headlineSupplied, String publisher, PartialDate published,
                          DateBasis publishedBasis, Text publishedNote, String sha256) {

    /** A sentence for a citation's note: how the date was established, whether the title is ours, and the capture's hash. */
    String note() {
        StringBuilder note = new StringBuilder();
        if (publishedBasis == DateBasis.INFERRED) {
            note.append("Publication date ").append(published.display()).append(" inferred, not stated in the source: ")
                    .append(publishedNote.en()).append(' ');
        }
        if (headlineSupplied) {
            note.append("The source has no headline; the title is a description supplied by Beachhead. ");
        }
        return note.append("Captured text SHA-256: ").append(sha256).append('.').toString();
    }

    /** The URL of the app's page of this source. */
    String url(String siteUrl) {
        return siteUrl + "/sources/" + slug;
    }
}
