package org.beachhead.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Lucene's UnifiedHighlighter, giving for each shown result the values of its names that matched (whole,
 * with the matches marked) and the sentence of its running text that matched best (cut to about 30 words
 * around the first match), as {@link Highlighted} runs rather than markup.
 */
final class Highlighter extends UnifiedHighlighter {

    /** A highlighted value of a multi-valued field, with its index among the field's values. */
    record Hit(int value, Highlighted text) {
    }

    private static final int MAX_NAMES = 50;
    private static final int CONTEXT_BEFORE = 70;
    private static final int SNIPPET_LENGTH = 240;
    /** Longer running text is matched from the postings: analysing it again would cost more than Lucene's matching. */
    private static final int SHORT_TEXT = 2_000;

    private final SearchIndex index;

    Highlighter(SearchIndex index) {
        super(UnifiedHighlighter.builder(index.searcher(), Analysis.PER_FIELD)
                .withWeightMatches(true)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withMaxNoHighlightPassages(0));
        this.index = index;
    }

    /** For each field searched as names, running text and related names: per document, the hits. */
    @SuppressWarnings("unchecked")
    Map<String, List<Hit>[]> highlight(SearchQuery query, int[] docs) throws IOException {
        Map<String, List<Hit>[]> hits = new HashMap<>();
        int[] sortedDocs = Arrays.stream(docs).sorted().toArray();
        for (String field : SearchQuery.HIGHLIGHTED_FIELDS) {
            List<Hit>[] lists = new List[docs.length];
            Arrays.fill(lists, List.of());
            Query marked = query.highlighting(getIndexSearcher().getIndexReader(), field);
            int[] matching;
            if (marked == null) {
                matching = new int[0];
            } else if (Analysis.TEXT.equals(field)) {
                marked = new Present(field, sortedDocs).prune(marked);
                matching = marked == null ? new int[0] : matching(marked, docs);
            } else { // names are marked from the heap (InHeap): every shown result is looked at, cheaply
                matching = IntStream.range(0, docs.length).toArray();
            }
            if (matching.length > 0) {
                int[] matchingDocs = Arrays.stream(matching).map(i -> docs[i]).toArray();
                List<List<Hit>> perDoc = hitsOf(field, marked, matchingDocs);
                for (int j = 0; j < matching.length; j++) {
                    lists[matching[j]] = perDoc.get(j);
                }
            }
            hits.put(field, lists);
        }
        return hits;
    }

    /** Per document, the hits {@link RunsFormatter} made of one field's passages, typed as soon as Lucene hands them over. */
    @SuppressWarnings("unchecked")
    private List<List<Hit>> hitsOf(String field, Query marked, int[] docs) throws IOException {
        return Arrays.stream(highlightFieldsAsObjects(new String[]{field}, marked, docs,
                        new int[]{Analysis.TEXT.equals(field) ? 1 : MAX_NAMES}).get(field))
                .map(hits -> hits == null ? List.<Hit>of() : (List<Hit>) hits).toList();
    }

    /**
     * The positions in {@code docs} of the documents that match {@code query}, found in one pass. The highlighter
     * weighs the query again for each document it is given, so most of its time went on results that had nothing
     * to mark in the field.
     */
    private int[] matching(Query query, int[] docs) throws IOException {
        IndexSearcher searcher = getIndexSearcher();
        // Straight from the query, not through the searcher's query cache: a search's matches are not kept.
        Weight weight = searcher.rewrite(query).createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Integer[] byDoc = IntStream.range(0, docs.length).boxed().sorted(Comparator.comparingInt(i -> docs[i]))
                .toArray(Integer[]::new);
        List<Integer> matching = new ArrayList<>();
        LeafReaderContext leaf = null;
        DocIdSetIterator iterator = null;
        for (int i : byDoc) {
            if (leaf == null || docs[i] >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
                Scorer scorer = weight.scorer(leaf);
                iterator = scorer == null ? DocIdSetIterator.empty() : scorer.iterator();
            }
            int target = docs[i] - leaf.docBase;
            if (iterator.docID() < target) {
                iterator.advance(target);
            }
            if (iterator.docID() == target) {
                matching.add(i);
            }
        }
        return matching.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /**
     * Which terms occur in a field of any shown result, each looked up once. The highlighter weighs its query again
     * for every result, looking up every term of it, and a word's longer forms (up to 32 per word) were most of those
     * terms, though few of them occur in the 20 results of a kind.
     */
    private final class Present {

        private final String field;
        private final int[] docs;
        private final Map<Term, Boolean> known = new HashMap<>();

        Present(String field, int[] sortedDocs) {
            this.field = field;
            this.docs = sortedDocs;
        }

        /** The query without the clauses that cannot match any shown result; null when none is left. */
        Query prune(Query query) throws IOException {
            if (query instanceof BoostQuery boost) {
                Query inner = prune(boost.getQuery());
                return inner == null ? null : inner == boost.getQuery() ? query : new BoostQuery(inner, boost.getBoost());
            }
            if (query instanceof ConstantScoreQuery constant) {
                Query inner = prune(constant.getQuery());
                return inner == null ? null : inner == constant.getQuery() ? query : new ConstantScoreQuery(inner);
            }
            if (query instanceof TermQuery term) {
                return occurs(term.getTerm()) ? query : null;
            }
            if (query instanceof PhraseQuery phrase) {
                for (Term term : phrase.getTerms()) {
                    if (!occurs(term)) {
                        return null;
                    }
                }
                return query;
            }
            if (query instanceof BooleanQuery bool && bool.clauses().stream()
                    .allMatch(clause -> clause.getOccur() == BooleanClause.Occur.SHOULD)) {
                BooleanQuery.Builder kept = new BooleanQuery.Builder();
                boolean any = false;
                for (BooleanClause clause : bool.clauses()) {
                    Query inner = prune(clause.getQuery());
                    if (inner != null) {
                        kept.add(inner, BooleanClause.Occur.SHOULD);
                        any = true;
                    }
                }
                return any ? kept.build() : null;
            }
            return query;
        }

        private boolean occurs(Term term) throws IOException {
            Boolean occurs = known.get(term);
            if (occurs == null) {
                occurs = !field.equals(term.field()) || lookUp(term);
                known.put(term, occurs);
            }
            return occurs;
        }

        private boolean lookUp(Term term) throws IOException {
            List<LeafReaderContext> leaves = getIndexSearcher().getIndexReader().leaves();
            for (LeafReaderContext leaf : leaves) {
                Terms terms = leaf.reader().terms(field);
                TermsEnum iterator = terms == null ? null : terms.iterator();
                if (iterator == null || !iterator.seekExact(term.bytes())) {
                    continue;
                }
                PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
                int end = leaf.docBase + leaf.reader().maxDoc();
                for (int doc : docs) {
                    if (doc < leaf.docBase || doc >= end) {
                        continue;
                    }
                    int target = doc - leaf.docBase;
                    if (postings.docID() < target) {
                        postings.advance(target);
                    }
                    if (postings.docID() == target) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * The values as Lucene would read them (joined by the separator; none: null): names from the heap, the running text
     * from the stored fields, read only for the results that matched in it.
     */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        StoredFields stored = getIndexSearcher().storedFields();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            CharSequence[] perField = new CharSequence[fields.length];
            for (int f = 0; f < fields.length; f++) {
                List<String> value = switch (fields[f]) {
                    case Analysis.NAMES -> index.stored(doc).names();
                    case Analysis.RELATED -> index.stored(doc).related();
                    case Analysis.LABEL_ZH -> index.stored(doc).searchedLabelZh();
                    default -> List.of(index.text(stored, doc));
                };
                perField[f] = value.isEmpty() ? null : String.join(String.valueOf(MULTIVAL_SEP_CHAR), value);
            }
            values.add(perField);
        }
        return values;
    }

    /**
     * Names, and running text up to {@link #SHORT_TEXT} characters (an event's excerpts), are matched by analysing them
     * again, without Lucene weighing the query per result; a long text (an article's body) by Lucene, from the postings.
     */
    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
        FieldOffsetStrategy lucene = super.getOffsetStrategy(source, components);
        List<InHeap.Unit> units = InHeap.units(components.getQuery(), components.getField());
        return units == null ? lucene : new InHeap(components, units, lucene,
                Analysis.TEXT.equals(components.getField()) ? SHORT_TEXT : Integer.MAX_VALUE);
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        return Analysis.TEXT.equals(field) ? BreakIterator.getSentenceInstance(Locale.ROOT)
                : new CustomSeparatorBreakIterator(MULTIVAL_SEP_CHAR);
    }

    @Override
    protected PassageScorer getScorer(String field) {
        return SCORER;
    }

    /**
     * Lucene's passage score, to the bit, with the passage's distinct terms found in a short list: Lucene's own
     * allocates a hash of 32 KB for every passage, and names fields have a passage per name.
     */
    private static final PassageScorer SCORER = new PassageScorer() {
        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = new BytesRef[matches];
            int[] inPassage = new int[matches];
            int[] inDoc = new int[matches];
            int distinct = 0;
            for (int i = 0; i < matches; i++) {
                BytesRef term = passage.getMatchTerms()[i];
                int index = 0;
                while (index < distinct && !terms[index].bytesEquals(term)) {
                    index++;
                }
                if (index == distinct) {
                    terms[distinct++] = term;
                    inDoc[index] = passage.getMatchTermFreqsInDoc()[i];
                }
                inPassage[index]++;
            }
            double score = 0d;
            for (int i = 0; i < distinct; i++) {
                score += tf(inPassage[i], passage.getLength()) * weight(contentLength, inDoc[i]);
            }
            score *= norm(passage.getStartOffset());
            return (float) score;
        }
    };

    @Override
    protected PassageFormatter getFormatter(String field) {
        return new RunsFormatter(Analysis.TEXT.equals(field));
    }

    /** Turns passages into runs; the content is the field's values joined by {@code MULTIVAL_SEP_CHAR}. */
    private static final class RunsFormatter extends PassageFormatter {

        private final boolean snippet;

        RunsFormatter(boolean snippet) {
            this.snippet = snippet;
        }

        @Override
        public Object format(Passage[] passages, String content) {
            List<Hit> hits = new ArrayList<>();
            for (Passage passage : passages) {
                int start = passage.getStartOffset();
                int end = passage.getEndOffset();
                while (start < end && isSpaceOrSeparator(content.charAt(start))) {
                    start++;
                }
                while (end > start && isSpaceOrSeparator(content.charAt(end - 1))) {
                    end--;
                }
                boolean cutBefore = false;
                boolean cutAfter = false;
                if (snippet && end - start > SNIPPET_LENGTH && passage.getNumMatches() > 0) {
                    int from = Math.max(start, passage.getMatchStarts()[0] - CONTEXT_BEFORE);
                    from = wordStart(content, from, start);
                    int to = Math.min(end, from + SNIPPET_LENGTH);
                    to = wordEnd(content, to, end);
                    cutBefore = from > start;
                    cutAfter = to < end;
                    start = from;
                    end = to;
                }
                hits.add(new Hit(valueIndex(content, passage.getStartOffset()),
                        runs(content, start, end, passage, cutBefore, cutAfter)));
            }
            return hits;
        }

        private static Highlighted runs(String content, int start, int end, Passage passage,
                                        boolean cutBefore, boolean cutAfter) {
            Highlighted.Builder runs = new Highlighted.Builder();
            if (cutBefore) {
                runs.add("… ", false);
            }
            int at = start;
            for (int m = 0; m < passage.getNumMatches(); m++) {
                int matchStart = Math.max(passage.getMatchStarts()[m], at);
                int matchEnd = Math.min(passage.getMatchEnds()[m], end);
                if (matchEnd <= matchStart) {
                    continue;
                }
                runs.add(content.substring(at, matchStart), false);
                runs.add(content.substring(matchStart, matchEnd), true);
                at = matchEnd;
            }
            runs.add(content.substring(at, end), false);
            if (cutAfter) {
                runs.add(" …", false);
            }
            return runs.build();
        }

        private static int valueIndex(String content, int offset) {
            int index = 0;
            for (int i = 0; i < offset && i < content.length(); i++) {
                if (content.charAt(i) == MULTIVAL_SEP_CHAR) {
                    index++;
                }
            }
            return index;
        }

        private static boolean isSpaceOrSeparator(char c) {
            return c == MULTIVAL_SEP_CHAR || Character.isWhitespace(c);
        }

        /** Back to the start of the word at {@code offset}, not before {@code limit}. */
        private static int wordStart(String content, int offset, int limit) {
            int at = offset;
            while (at > limit && !Character.isWhitespace(content.charAt(at - 1))) {
                at--;
            }
            return at;
        }

        /** On to the end of the word at {@code offset}, not past {@code limit}. */
        private static int wordEnd(String content, int offset, int limit) {
            int at = offset;
            while (at < limit && !Character.isWhitespace(content.charAt(at))) {
                at++;
            }
            return at;
        }
    }
}
