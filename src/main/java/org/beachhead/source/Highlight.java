package org.beachhead.source;

import org.beachhead.model.TextSpan;

/**
 * One distinct excerpt span as the source reader marks it: its place in the article and its number
 * in the list of passages that says what each one supports.
 */
public record Highlight(int number, TextSpan span) {

    /** The fragment id event pages link to ("Read it in the source"). */
    public String anchor() {
        return anchor(span);
    }

    /** The fragment id of the passage at {@code span} in the source reader, for links from elsewhere (the API). */
    public static String anchor(TextSpan span) {
        return "excerpt-" + span.start() + "-" + span.end();
    }

    /** The address of the passage at {@code span} of an article in the source reader, for links from anywhere. */
    public static String sourcePath(String articleSlug, TextSpan span) {
        return "/sources/" + articleSlug + "#" + anchor(span);
    }

    /** The id of this passage's entry in the list of what the passages support. */
    public String noteId() {
        return "passage-" + span.start() + "-" + span.end();
    }
}
