package org.beachhead.model;

/**
 * A quote found in an article: the exact original characters at {@code span}, the text just
 * before and after it (TextQuoteSelector prefix and suffix), and the rest of its sentence.
 */
public record LocatedQuote(TextSpan span, String exact, String prefix, String suffix,
                           String contextBefore, String contextAfter) {
}
