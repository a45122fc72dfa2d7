package org.beachhead.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A query as typed, cut into terms: text in double quotes (straight or curly) is one phrase, elsewhere each
 * space-separated word is a term. A word that analyses to several words ("joon-ho", "China's", "爱奇艺") is a
 * phrase of them. Any term may match; a result that has them all ranks first.
 */
record SearchQuery(List<String> terms, List<Boolean> quoted) {

    /** Longer queries are refused: nobody types them, and they would only cost time. */
    static final int MAX_LENGTH = 200;

    /** A match in a name or headline counts this many times one in running text. */
    private static final float NAME_BOOST = 3f;
    private static final float RELATED_BOOST = 1f;
    private static final float CHINESE_WORDS_BOOST = 1.5f;
    /** Beginnings of longer words (censor → censorship) count, for little: a constant below a typical match. */
    private static final float PREFIX_BOOST = 0.3f;
    private static final int PREFIX_MIN_LENGTH = 4;
    private static final int MAX_LONGER_WORDS = 32;
    /** Results with every term are put before the others: BM25 scores on this corpus stay far below it. */
    private static final float ALL_TERMS_BOOST = 1000f;
    private static final float WHOLE_PHRASE_BOOST = 2f;

    private static final Pattern PHRASE_QUOTE = Pattern.compile("[\"\u201C\u201D\u201E\u201F\u2033]");
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
    private static final QueryBuilder BUILDER = new QueryBuilder(Analysis.PER_FIELD);

    SearchQuery {
        terms = List.copyOf(terms);
        quoted = List.copyOf(quoted);
    }

    static SearchQuery parse(String text) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> terms = new ArrayList<>();
        List<Boolean> quoted = new ArrayList<>();
        String[] parts = PHRASE_QUOTE.split(text, -1);
        for (int i = 0; i < parts.length; i++) {
            boolean phrase = i % 2 == 1; // an unclosed quote runs to the end of the query
            List<String> pieces = phrase ? List.of(parts[i].strip()) : List.of(SPACES.split(parts[i]));
            for (String piece : pieces) {
                if (!piece.isBlank() && seen.add((phrase ? "\"" : "") + piece)) {
                    terms.add(piece);
                    quoted.add(phrase);
                }
            }
        }
        return new SearchQuery(terms, quoted);
    }

    /** The Lucene query, or null when no term has a searchable word (only stop words or punctuation). */
    Query toLucene(IndexReader reader) throws IOException {
        List<Query> clauses = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Query clause = term(reader, terms.get(i), quoted.get(i));
            if (clause != null) {
                clauses.add(clause);
            }
        }
        if (clauses.isEmpty()) {
            return null;
        }
        if (clauses.size() == 1) {
            return clauses.get(0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Query clause : clauses) {
            any.add(clause, Occur.SHOULD);
            all.add(clause, Occur.MUST);
        }
        any.add(new BoostQuery(new ConstantScoreQuery(all.build()), ALL_TERMS_BOOST), Occur.SHOULD);
        String whole = String.join(" ", terms);
        addIfAny(any, phrase(Analysis.NAMES, whole), NAME_BOOST * WHOLE_PHRASE_BOOST);
        addIfAny(any, phrase(Analysis.TEXT, whole), WHOLE_PHRASE_BOOST);
        return any.build();
    }

    private static Query term(IndexReader reader, String text, boolean quoted) throws IOException {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        boolean any = addIfAny(fields, phrase(Analysis.NAMES, text), NAME_BOOST);
        any |= addIfAny(fields, phrase(Analysis.TEXT, text), 1f);
        any |= addIfAny(fields, phrase(Analysis.RELATED, text), RELATED_BOOST);
        if (Analysis.hasHan(text)) {
            // smartcn's words, all required but in any order: 国家总局 finds both 国家…总局 regulators.
            any |= addIfAny(fields, BUILDER.createBooleanQuery(Analysis.NAMES_ZH, text, Occur.MUST), CHINESE_WORDS_BOOST);
            any |= addIfAny(fields, BUILDER.createBooleanQuery(Analysis.RELATED_ZH, text, Occur.MUST), RELATED_BOOST);
        }
        List<String> words = Analysis.words(Analysis.TEXT, text);
        if (!quoted && words.size() == 1 && words.get(0).length() >= PREFIX_MIN_LENGTH) {
            for (String field : List.of(Analysis.NAMES, Analysis.TEXT, Analysis.RELATED)) {
                for (Term longer : longerWords(reader, field, words.get(0))) {
                    fields.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(longer)), PREFIX_BOOST), Occur.SHOULD);
                }
            }
        }
        return any ? fields.build() : null;
    }

    /**
     * The indexed words that begin with {@code prefix} and are longer, at most {@link #MAX_LONGER_WORDS}: as plain
     * terms rather than a prefix query, which the highlighter would match against every word of the index.
     */
    private static List<Term> longerWords(IndexReader reader, String field, String prefix) throws IOException {
        List<Term> words = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return words;
        }
        TermsEnum iterator = terms.iterator();
        BytesRef start = new BytesRef(prefix);
        if (iterator.seekCeil(start) == TermsEnum.SeekStatus.END) {
            return words;
        }
        for (BytesRef word = iterator.term(); word != null && words.size() < MAX_LONGER_WORDS
                && StringHelper.startsWith(word, start); word = iterator.next()) {
            if (!word.bytesEquals(start)) {
                words.add(new Term(field, BytesRef.deepCopyOf(word)));
            }
        }
        return words;
    }

    private static Query phrase(String field, String text) {
        return BUILDER.createPhraseQuery(field, text);
    }

    private static boolean addIfAny(BooleanQuery.Builder builder, Query query, float boost) {
        if (query == null) {
            return false;
        }
        builder.add(new BoostQuery(query, boost), Occur.SHOULD);
        return true;
    }
}
