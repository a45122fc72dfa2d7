package org.beachhead.corpus;

import org.beachhead.corpus.Curation.ArticleEntry;
import org.beachhead.corpus.Curation.QuoteEntry;
import org.beachhead.model.LocatedQuote;
import org.beachhead.model.TextSpan;

import java.util.List;
import java.util.Map;

/**
 * A curation whose every quote was found in its article's body and whose every reference
 * resolves: safe to load. {@code contentHash} identifies the exact bytes it was read from; {@code retired}
 * is what it declares removed, {@code location} where it was read from.
 */
record VerifiedCorpus(Curation curation, Retired retired, String location, String contentHash, Map<String, VerifiedArticle> articles,
                      Map<QuoteEntry, LocatedQuote> quotes) {

    record VerifiedArticle(ArticleEntry entry, String sha256, String text, List<TextSpan> body) {
    }

    LocatedQuote located(QuoteEntry quote) {
        LocatedQuote located = quotes.get(quote);
        if (located == null) {
            throw new IllegalStateException("quote \"" + quote.quote() + "\" was not verified");
        }
        return located;
    }
}
