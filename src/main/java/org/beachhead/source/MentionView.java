package org.beachhead.source;

import org.beachhead.common.Text;
import org.beachhead.common.PartialDate;

import java.util.List;

/** A sentence that names something, as a page shows it: split into runs so the names can be marked. */
public record MentionView(String articleSlug, Text articleHeadline, String publisher, PartialDate published,
                          int sentenceStart, List<Run> runs) {

    /** A stretch of the sentence, marked when it is the name. */
    public record Run(String text, boolean name) {
    }
}
