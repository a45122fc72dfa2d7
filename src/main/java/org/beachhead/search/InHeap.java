package org.beachhead.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter.OffsetSource;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds where a highlighting query matches a short field (names, related names, a Chinese label, an event's excerpts)
 * by analysing the shown value again, rather than through Lucene's weight matcher, which rewrote and weighed the query
 * for every result and looked up each of its terms in the index. The matches are those Lucene finds: each occurrence of a term, each
 * occurrence of a phrase from its first word to its last, values analysed joined as they were indexed (so a phrase may
 * run across two values, as it does in the index). Lucene's own passage and formatting code does the rest.
 */
final class InHeap extends FieldOffsetStrategy {

    /** A term (one word) or an exact phrase (words at positions relative to the first). */
    record Unit(String[] words, int[] positions, BytesRef label) {
    }

    private record Token(String term, int position, int start, int end) {
    }

    private record Match(int start, int end, BytesRef label) {
    }

    private static final Comparator<Match> BY_OFFSETS = Comparator.comparingInt(Match::start)
            .thenComparingInt(Match::end);

    private final List<Unit> units;
    private final FieldOffsetStrategy longer;
    private final int maxLength;

    /** Matches values of at most {@code maxLength} characters (joined); longer ones through {@code longer}. */
    InHeap(UHComponents components, List<Unit> units, FieldOffsetStrategy longer, int maxLength) {
        super(components);
        this.units = units;
        this.longer = longer;
        this.maxLength = maxLength;
    }

    /** The query's terms and phrases in {@code field}; null when it has a part this class does not match. */
    static List<Unit> units(Query query, String field) {
        List<Unit> units = new ArrayList<>();
        return collect(query, field, units) ? units : null;
    }

    private static boolean collect(Query query, String field, List<Unit> units) {
        if (query instanceof BoostQuery boost) {
            return collect(boost.getQuery(), field, units);
        }
        if (query instanceof ConstantScoreQuery constant) {
            return collect(constant.getQuery(), field, units);
        }
        if (query instanceof MatchNoDocsQuery) {
            return true;
        }
        if (query instanceof TermQuery term) {
            if (field.equals(term.getTerm().field())) {
                units.add(new Unit(new String[]{term.getTerm().text()}, new int[]{0}, term.getTerm().bytes()));
            }
            return true;
        }
        if (query instanceof PhraseQuery phrase) {
            if (phrase.getSlop() != 0 || phrase.getTerms().length == 0) {
                return false;
            }
            if (field.equals(phrase.getField())) {
                Term[] terms = phrase.getTerms();
                int first = phrase.getPositions()[0];
                units.add(new Unit(Arrays.stream(terms).map(Term::text).toArray(String[]::new),
                        Arrays.stream(phrase.getPositions()).map(position -> position - first).toArray(),
                        new BytesRef(Arrays.stream(terms).map(Term::text).collect(Collectors.joining(" ")))));
            }
            return true;
        }
        if (query instanceof BooleanQuery bool) {
            for (BooleanClause clause : bool.clauses()) {
                if (clause.getOccur() != BooleanClause.Occur.SHOULD || !collect(clause.getQuery(), field, units)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public OffsetSource getOffsetSource() {
        return longer.getOffsetSource();
    }

    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
        if (content.length() > maxLength) {
            return longer.getOffsetsEnum(reader, docId, content);
        }
        List<Token> tokens = tokens(content);
        List<Match> matches = new ArrayList<>();
        for (Unit unit : units) {
            for (int t = 0; t < tokens.size(); t++) {
                Match match = match(unit, tokens, t);
                if (match != null) {
                    matches.add(match);
                }
            }
        }
        matches.sort(BY_OFFSETS);
        return new Matches(matches);
    }

    /** The unit's match whose first word is token {@code t}, or null. */
    private static Match match(Unit unit, List<Token> tokens, int t) {
        Token first = tokens.get(t);
        if (!first.term().equals(unit.words()[0])) {
            return null;
        }
        Token last = first;
        int at = t;
        for (int w = 1; w < unit.words().length; w++) {
            int position = first.position() + unit.positions()[w];
            while (at < tokens.size() && tokens.get(at).position() < position) {
                at++;
            }
            if (at == tokens.size() || tokens.get(at).position() != position
                    || !tokens.get(at).term().equals(unit.words()[w])) {
                return null;
            }
            last = tokens.get(at);
        }
        return new Match(first.start(), Math.max(first.end(), last.end()), unit.label());
    }

    /** The words of the joined values, with the positions and offsets the index gave them. */
    private List<Token> tokens(String content) throws IOException {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = Analysis.PER_FIELD.tokenStream(getField(), content)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        }
        return tokens;
    }

    /** The matches in offset order, as the highlighter reads them. */
    private static final class Matches extends OffsetsEnum {

        private final List<Match> matches;
        private int next = -1;

        Matches(List<Match> matches) {
            this.matches = matches;
        }

        @Override
        public boolean nextPosition() {
            return ++next < matches.size();
        }

        @Override
        public int freq() {
            return 1;
        }

        @Override
        public BytesRef getTerm() {
            return matches.get(next).label();
        }

        @Override
        public int startOffset() {
            return matches.get(next).start();
        }

        @Override
        public int endOffset() {
            return matches.get(next).end();
        }
    }
}
