package org.beachhead.workbench;

import java.util.ArrayList;
import java.util.List;

/**
 * The "add an article" form as the editor filled it in, kept whole when the form is shown again. {@code basedOn}
 * is the version of the curation the form was opened on; {@code from} and {@code to} pair up as body segments.
 */
record ArticleDraft(Integer basedOn, String slug, String headline, String headlineZh, Boolean headlineSupplied,
                    String publisher, String address, String published, String publishedBasis, String publishedNote,
                    String publishedNoteZh, String publishedQuote, String text, List<String> from, List<String> to) {

    /** Rows of segments the form offers. */
    static final int SEGMENT_ROWS = 4;

    ArticleDraft {
        from = padded(from);
        to = padded(to);
    }

    static ArticleDraft empty(int basedOn) {
        return new ArticleDraft(basedOn, "", "", "", false, "", "", "", "stated", "", "", "", "", null, null);
    }

    ArticleDraft withBasedOn(int version) {
        return new ArticleDraft(version, slug, headline, headlineZh, headlineSupplied, publisher, address, published,
                publishedBasis, publishedNote, publishedNoteZh, publishedQuote, text, from, to);
    }

    public boolean supplied() {
        return Boolean.TRUE.equals(headlineSupplied);
    }

    private static List<String> padded(List<String> values) {
        List<String> padded = new ArrayList<>(values == null ? List.of() : values);
        while (padded.size() < SEGMENT_ROWS) {
            padded.add("");
        }
        return padded;
    }
}
