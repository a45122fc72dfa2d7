package org.beachhead.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The searchable corpus, folded and tokenized once, answering queries in memory. The corpus is a
 * handful of articles and a few hundred names and excerpts, so each query reads every document's
 * tokens; that takes well under a millisecond and needs no inverted index.
 */
final class SearchIndex {

    /** A match in a name or headline counts this many times a match in running text. */
    static final int NAME_WEIGHT = 3;

    private final List<Document> documents;

    SearchIndex(List<Document> documents) {
        this.documents = List.copyOf(documents);
    }

    /**
     * How well a document matches: first whether all the query's words stand together somewhere in
     * it, then its matches, those in names weighted.
     */
    record Score(boolean wholeQuery, int weightedMatches) implements Comparable<Score> {

        private static final Comparator<Score> ORDER = Comparator.comparing(Score::wholeQuery)
                .thenComparingInt(Score::weightedMatches);

        @Override
        public int compareTo(Score other) {
            return ORDER.compare(this, other);
        }
    }

    /** A matching document with the matches in each of its names and passages (same order). */
    record Hit(Document document, Score score, List<List<Match>> nameMatches, List<List<Match>> passageMatches) {
    }

    /**
     * The documents in which every term of the query matches (in a name or a passage), best first;
     * equal scores keep the index's order (events by date, entities by name).
     */
    List<Hit> search(SearchQuery query) {
        if (query.terms().isEmpty()) {
            return List.of();
        }
        return documents.stream().map(document -> match(document, query)).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Hit::score).reversed())
                .toList();
    }

    private static Optional<Hit> match(Document document, SearchQuery query) {
        List<IndexedText> names = document.names();
        List<IndexedText> passages = document.passages().stream().map(Document.Passage::text).toList();
        List<List<Match>> nameMatches = emptyLists(names.size());
        List<List<Match>> passageMatches = emptyLists(passages.size());
        for (Term term : query.terms()) {
            boolean inNames = collect(term, names, nameMatches);
            boolean inPassages = collect(term, passages, passageMatches);
            if (!inNames && !inPassages) {
                return Optional.empty();
            }
        }
        Term wholeQuery = query.wholeQuery();
        boolean together = query.terms().size() > 1
                && Stream.concat(names.stream(), passages.stream()).anyMatch(text -> !text.find(wholeQuery).isEmpty());
        int weighted = NAME_WEIGHT * count(nameMatches) + count(passageMatches);
        return Optional.of(new Hit(document, new Score(together, weighted), nameMatches, passageMatches));
    }

    /** Adds the term's matches in each text to that text's list; true when there was any. */
    private static boolean collect(Term term, List<IndexedText> texts, List<List<Match>> matches) {
        boolean found = false;
        for (int i = 0; i < texts.size(); i++) {
            List<Match> inText = texts.get(i).find(term);
            matches.get(i).addAll(inText);
            found |= !inText.isEmpty();
        }
        return found;
    }

    private static List<List<Match>> emptyLists(int size) {
        List<List<Match>> lists = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    private static int count(List<List<Match>> matches) {
        return matches.stream().mapToInt(List::size).sum();
    }
}
