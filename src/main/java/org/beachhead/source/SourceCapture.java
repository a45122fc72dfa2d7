package org.beachhead.source;

import org.beachhead.model.TextSpan;
import java.util.List;

/**
 * An article as the corpus stores it: its facts, capture (file and hash), verbatim text, the
 * segments of that text that are the story (the rest is page chrome), and every curated excerpt of
 * it in text order.
 */
public record SourceCapture(ArticleFacts article, String publishedQuote, String fileName, String sha256, String text,
                            List<TextSpan> body, List<ExcerptUse> excerpts) {
}
