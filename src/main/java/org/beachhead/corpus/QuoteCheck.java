package org.beachhead.corpus;

import org.beachhead.model.TextSpan;

import java.util.List;

/**
 * Whether a quote would pass the verifier in an article: found exactly once (with the verifier's matching rules),
 * inside a body segment. For the workbench's live check, before a whole corpus is verified on save.
 */
public record QuoteCheck(int occurrences, boolean inStory, String closest) {

    public boolean passes() {
        return occurrences == 1 && inStory;
    }

    public static QuoteCheck of(String text, List<TextSpan> body, String quote) {
        ArticleText article = new ArticleText(text, body);
        List<TextSpan> found = article.occurrences(quote);
        boolean inStory = found.size() == 1 && article.bodySegmentContaining(found.get(0)).isPresent();
        return new QuoteCheck(found.size(), inStory, found.isEmpty() && !quote.isBlank() ? article.closestPassage(quote) : null);
    }
}
