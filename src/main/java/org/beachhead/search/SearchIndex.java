package org.beachhead.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An inverted index of the searchable corpus: for every folded token, the places where it occurs,
 * so that a query reads only the postings of its own words, however large the corpus.
 * <p>
 * Every name and passage of every document is a <em>field</em>, numbered in document order (a
 * document's names first, then its passages). A token's postings are its (field, position) pairs
 * in that order, delta-encoded as variable-length integers in one byte array per token: on a corpus
 * of 20,000 events and 2,000 articles they take two or three bytes each (about 4 MiB in all),
 * where a list of token objects per text took about 100 MiB. Only the original texts are kept
 * besides (in the {@link Document}s), to highlight the few results a page shows, which are
 * tokenized again for that.
 */
final class SearchIndex {

    /** A match in a name or headline counts this many times a match in running text. */
    static final int NAME_WEIGHT = 3;

    private final List<Document> documents;
    /** The first field of each document, and one more entry for the end of the last. */
    private final int[] firstField;
    private final int[] documentOfField;
    /** Every distinct token, sorted, so that a word is found by bisection. */
    private final String[] tokens;
    /** For each token (same order), its encoded postings and how many there are. */
    private final byte[][] postings;
    private final int[] postingCounts;

    SearchIndex(List<Document> documents) {
        this.documents = List.copyOf(documents);
        firstField = new int[this.documents.size() + 1];
        int fields = 0;
        for (int d = 0; d < this.documents.size(); d++) {
            firstField[d] = fields;
            fields += this.documents.get(d).names().size() + this.documents.get(d).passages().size();
        }
        firstField[this.documents.size()] = fields;
        documentOfField = new int[fields];
        PostingsWriter writer = new PostingsWriter();
        for (int d = 0; d < this.documents.size(); d++) {
            Document document = this.documents.get(d);
            int field = firstField[d];
            for (String name : document.names()) {
                writer.add(field++, name);
            }
            for (Document.Passage passage : document.passages()) {
                writer.add(field++, passage.text());
            }
            Arrays.fill(documentOfField, firstField[d], field, d);
        }
        tokens = writer.sortedTokens();
        postings = new byte[tokens.length][];
        postingCounts = new int[tokens.length];
        for (int t = 0; t < tokens.length; t++) {
            int id = writer.ids.get(tokens[t]);
            postings[t] = writer.takePostings(id);
            postingCounts[t] = writer.counts[id];
        }
    }

    /**
     * How well a document matches: first whether all the query's words stand together somewhere in
     * it, then its matches, those in names weighted.
     */
    record Score(boolean wholeQuery, int weightedMatches) implements Comparable<Score> {

        /** Written out rather than as a chain of comparators, which boxed each value: a common word sorts thousands of hits. */
        @Override
        public int compareTo(Score other) {
            int together = Boolean.compare(wholeQuery, other.wholeQuery);
            return together != 0 ? together : Integer.compare(weightedMatches, other.weightedMatches);
        }
    }

    /**
     * A matching document. Where each of its names and passages matched is worked out only when
     * asked, from the occurrences of the query's terms, since a page shows only the best few hits.
     */
    record Hit(Document document, Score score, int firstField, List<Occurrences> occurrences) {

        /** The matches in each of the document's names, in the order of its names. */
        List<List<Match>> nameMatches() {
            return matchesIn(firstField, document.names().size());
        }

        /** The matches in each of the document's passages, in the order of its passages. */
        List<List<Match>> passageMatches() {
            return matchesIn(firstField + document.names().size(), document.passages().size());
        }

        private List<List<Match>> matchesIn(int first, int count) {
            List<List<Match>> matches = new ArrayList<>(count);
            for (int field = first; field < first + count; field++) {
                List<Match> inField = new ArrayList<>();
                for (Occurrences term : occurrences) {
                    term.addMatchesIn(field, inField);
                }
                matches.add(inField);
            }
            return matches;
        }
    }

    /**
     * The documents in which every term of the query matches (in a name or a passage), best first;
     * equal scores keep the index's order (events by date, entities by name).
     */
    List<Hit> search(SearchQuery query) {
        if (query.terms().isEmpty()) {
            return List.of();
        }
        Map<String, Occurrences> decoded = new HashMap<>();
        List<Occurrences> occurrences = query.terms().stream().map(term -> occurrences(term, decoded)).toList();
        DocumentWeights matching = null;
        for (Occurrences term : occurrences) {
            DocumentWeights weights = weigh(term);
            matching = matching == null ? weights : matching.and(weights);
        }
        DocumentWeights together = query.terms().size() > 1 ? weigh(occurrences(query.wholeQuery(), decoded)) : null;
        List<Hit> hits = new ArrayList<>(matching.size);
        int t = 0;
        for (int i = 0; i < matching.size; i++) {
            int d = matching.documents[i];
            while (together != null && t < together.size && together.documents[t] < d) {
                t++; // both lists are in index order, so one pass finds which documents have the words together
            }
            Score score = new Score(together != null && t < together.size && together.documents[t] == d, matching.weights[i]);
            hits.add(new Hit(documents.get(d), score, firstField[d], occurrences));
        }
        hits.sort((one, other) -> other.score().compareTo(one.score())); // a stable sort: ties stay in index order
        return hits;
    }

    /**
     * Where a term occurs: where its first word occurs followed by each next word at the next
     * position. The postings of every word are in (field, position) order, so one pass over each
     * suffices.
     */
    private Occurrences occurrences(Term term, Map<String, Occurrences> decoded) {
        List<Occurrences> words = new ArrayList<>();
        for (String word : term.words()) {
            int t = Arrays.binarySearch(tokens, word);
            if (t < 0) {
                return Occurrences.NONE;
            }
            words.add(decoded.computeIfAbsent(word, w -> Occurrences.decode(postings[t], postingCounts[t])));
        }
        Occurrences first = words.get(0);
        if (words.size() == 1) {
            return first;
        }
        int[] cursors = new int[words.size()];
        int[] fields = new int[first.size];
        int[] positions = new int[first.size];
        int found = 0;
        for (int i = 0; i < first.size; i++) {
            if (followedByTheRest(first.fields[i], first.positions[i], words, cursors)) {
                fields[found] = first.fields[i];
                positions[found++] = first.positions[i];
            }
        }
        return new Occurrences(fields, positions, found, words.size());
    }

    private static boolean followedByTheRest(int field, int position, List<Occurrences> words, int[] cursors) {
        for (int k = 1; k < words.size(); k++) {
            Occurrences word = words.get(k);
            int wanted = position + k;
            int c = cursors[k];
            while (c < word.size && (word.fields[c] < field || word.fields[c] == field && word.positions[c] < wanted)) {
                c++;
            }
            cursors[k] = c;
            if (c == word.size || word.fields[c] != field || word.positions[c] != wanted) {
                return false;
            }
        }
        return true;
    }

    /** The documents a term occurs in, in index order, each with its weighted number of matches. */
    private DocumentWeights weigh(Occurrences term) {
        int[] matched = new int[Math.min(term.size, documents.size())];
        int[] weights = new int[matched.length];
        int size = 0;
        for (int i = 0; i < term.size; i++) {
            int field = term.fields[i];
            int d = documentOfField[field];
            boolean inName = field - firstField[d] < documents.get(d).names().size();
            if (size == 0 || matched[size - 1] != d) {
                matched[size++] = d;
            }
            weights[size - 1] += inName ? NAME_WEIGHT : 1;
        }
        return new DocumentWeights(matched, weights, size);
    }

    /** Documents in index order with a weight each; the first {@code size} entries of the arrays are used. */
    private record DocumentWeights(int[] documents, int[] weights, int size) {

        /** The documents in both, with the sum of their weights. */
        DocumentWeights and(DocumentWeights other) {
            int[] both = new int[Math.min(size, other.size)];
            int[] sums = new int[both.length];
            int found = 0;
            for (int i = 0, j = 0; i < size && j < other.size; ) {
                if (documents[i] < other.documents[j]) {
                    i++;
                } else if (documents[i] > other.documents[j]) {
                    j++;
                } else {
                    both[found] = documents[i];
                    sums[found++] = weights[i++] + other.weights[j++];
                }
            }
            return new DocumentWeights(both, sums, found);
        }
    }

    /**
     * Where a term (one word, or a phrase of {@code span} words) starts, as (field, position) pairs
     * in that order; {@code size} of the arrays are used.
     */
    static final class Occurrences {
        static final Occurrences NONE = new Occurrences(new int[0], new int[0], 0, 1);

        private final int[] fields;
        private final int[] positions;
        private final int size;
        private final int span;

        private Occurrences(int[] fields, int[] positions, int size, int span) {
            this.fields = fields;
            this.positions = positions;
            this.size = size;
            this.span = span;
        }

        /** Reads what {@link PostingsWriter} wrote for one token. */
        static Occurrences decode(byte[] encoded, int count) {
            int[] fields = new int[count];
            int[] positions = new int[count];
            int[] at = {0};
            int field = -1;
            int position = 0;
            for (int i = 0; i < count; i++) {
                int fieldStep = readVariableLength(encoded, at);
                int positionValue = readVariableLength(encoded, at);
                field += fieldStep;
                position = fieldStep == 0 ? position + positionValue : positionValue;
                fields[i] = field;
                positions[i] = position;
            }
            return new Occurrences(fields, positions, count, 1);
        }

        /** Seven bits a byte, lowest first; a set high bit means more follow. */
        private static int readVariableLength(byte[] encoded, int[] at) {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = encoded[at[0]++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }

        void addMatchesIn(int field, List<Match> matches) {
            int low = 0;
            int high = size;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (fields[middle] < field) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            for (int i = low; i < size && fields[i] == field; i++) {
                matches.add(new Match(positions[i], positions[i] + span));
            }
        }
    }

    /**
     * Collects the postings while the index is built: per token, a growing byte array holding
     * (field step, position) pairs, where the field step is 0 within the same field and the position
     * then counts from the previous one, so both are mostly single bytes.
     */
    private static final class PostingsWriter {
        private final Map<String, Integer> ids = new HashMap<>();
        private byte[][] buffers = new byte[1024][];
        private int[] lengths = new int[1024];
        private int[] counts = new int[1024];
        private int[] lastFields = new int[1024];
        private int[] lastPositions = new int[1024];

        void add(int field, String text) {
            for (IndexedText.Token token : IndexedText.of(text).tokens()) {
                int id = ids.computeIfAbsent(token.text(), this::newToken);
                int fieldStep = field - lastFields[id];
                write(id, fieldStep);
                write(id, fieldStep == 0 ? token.position() - lastPositions[id] : token.position());
                lastFields[id] = field;
                lastPositions[id] = token.position();
                counts[id]++;
            }
        }

        String[] sortedTokens() {
            String[] sorted = ids.keySet().toArray(new String[0]);
            Arrays.sort(sorted);
            return sorted;
        }

        /** The token's postings, trimmed to their length; the writer lets go of its own copy at once, to keep the peak low. */
        byte[] takePostings(int id) {
            byte[] trimmed = Arrays.copyOf(buffers[id], lengths[id]);
            buffers[id] = null;
            return trimmed;
        }

        private int newToken(String text) {
            int id = ids.size();
            if (id == buffers.length) {
                buffers = Arrays.copyOf(buffers, id * 2);
                lengths = Arrays.copyOf(lengths, id * 2);
                counts = Arrays.copyOf(counts, id * 2);
                lastFields = Arrays.copyOf(lastFields, id * 2);
                lastPositions = Arrays.copyOf(lastPositions, id * 2);
            }
            buffers[id] = new byte[8];
            lastFields[id] = -1;
            return id;
        }

        private void write(int id, int value) {
            int remaining = value;
            while (true) {
                if (lengths[id] == buffers[id].length) {
                    buffers[id] = Arrays.copyOf(buffers[id], buffers[id].length * 2);
                }
                if ((remaining & ~0x7F) == 0) {
                    buffers[id][lengths[id]++] = (byte) remaining;
                    return;
                }
                buffers[id][lengths[id]++] = (byte) ((remaining & 0x7F) | 0x80);
                remaining >>>= 7;
            }
        }
    }
}
