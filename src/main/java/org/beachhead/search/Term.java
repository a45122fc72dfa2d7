package org.beachhead.search;

import java.util.List;

/** What one query term must find: a single word, or several folded words in a row (a phrase, a CJK run). */
record Term(List<String> words) {

    Term {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a term needs at least one word");
        }
    }
}
