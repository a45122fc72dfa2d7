package org.beachhead.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A parsed query: every term must match somewhere in a result. Text in double quotes (straight or
 * curly) is one phrase; elsewhere each space-separated word is a term, and a word that folds to
 * several tokens ("joon-ho", "China's", "爱奇艺") is a phrase of them.
 */
record SearchQuery(List<Term> terms) {

    /** Longer queries are refused: nobody types them, and they would only cost time. */
    static final int MAX_LENGTH = 200;

    private static final Pattern PHRASE_QUOTE = Pattern.compile("[\"\u201C\u201D\u201E\u201F\u2033]");
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

    SearchQuery {
        terms = List.copyOf(terms);
    }

    static SearchQuery parse(String text) {
        Set<Term> terms = new LinkedHashSet<>();
        String[] parts = PHRASE_QUOTE.split(text, -1);
        for (int i = 0; i < parts.length; i++) {
            boolean quoted = i % 2 == 1; // an unclosed quote runs to the end of the query
            if (quoted) {
                addTerm(terms, parts[i]);
            } else {
                for (String word : SPACES.split(parts[i])) {
                    addTerm(terms, word);
                }
            }
        }
        return new SearchQuery(List.copyOf(terms));
    }

    /** All the query's words in their order: a result where they stand together ranks first. */
    Term wholeQuery() {
        return new Term(terms.stream().flatMap(term -> term.words().stream()).toList());
    }

    private static void addTerm(Set<Term> terms, String text) {
        List<String> words = IndexedText.of(text).words();
        if (!words.isEmpty()) {
            terms.add(new Term(words));
        }
    }
}
