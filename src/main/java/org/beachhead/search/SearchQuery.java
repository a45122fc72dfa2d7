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
import java.util.Map;
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
    /** The fields the highlighter marks; a query searches them and the Chinese words' fields. */
    static final List<String> HIGHLIGHTED_FIELDS = List.of(Analysis.NAMES, Analysis.TEXT, Analysis.RELATED,
            Analysis.LABEL_ZH);
    private static final Map<String, Float> BOOSTS = Map.of(Analysis.NAMES, NAME_BOOST, Analysis.TEXT, 1f,
            Analysis.RELATED, RELATED_BOOST, Analysis.LABEL_ZH, NAME_BOOST);

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
        List<Query> clauses = clauses(reader, HIGHLIGHTED_FIELDS);
        if (clauses.size() <= 1) {
            return clauses.isEmpty() ? null : clauses.get(0);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        clauses.forEach(clause -> all.add(clause, Occur.MUST));
        return any(clauses, new BoostQuery(new ConstantScoreQuery(all.build()), ALL_TERMS_BOOST), HIGHLIGHTED_FIELDS);
    }

    /**
     * What to mark in one field: only that field's clauses, once each. The highlighter rewrites and weighs its
     * query for every field of every result shown, so the whole query (every field, every clause twice) cost
     * most of a search.
     */
    Query highlighting(IndexReader reader, String field) throws IOException {
        List<Query> clauses = clauses(reader, List.of(field));
        return clauses.isEmpty() ? null : any(clauses, null, List.of(field));
    }

    /** Each term's clause over {@code fields}. */
    private List<Query> clauses(IndexReader reader, List<String> fields) throws IOException {
        List<Query> clauses = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Query clause = term(reader, terms.get(i), quoted.get(i), fields);
            if (clause != null) {
                clauses.add(clause);
            }
        }
        return clauses;
    }

    /** Any clause, and the whole query as a phrase in a name or the text (it ranks a little higher). */
    private Query any(List<Query> clauses, Query all, List<String> fields) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        clauses.forEach(clause -> any.add(clause, Occur.SHOULD));
        if (all != null) {
            any.add(all, Occur.SHOULD);
        }
        if (clauses.size() > 1) {
            for (String field : List.of(Analysis.NAMES, Analysis.TEXT)) {
                if (fields.contains(field)) {
                    addIfAny(any, phrase(field, String.join(" ", terms)), BOOSTS.get(field) * WHOLE_PHRASE_BOOST);
                }
            }
        }
        return any.build();
    }

    private static Query term(IndexReader reader, String text, boolean quoted, List<String> allFields)
            throws IOException {
        // Chinese labels are searched by Chinese words only: their Latin words (Netflix) are in the English label.
        List<String> fields = Analysis.hasHan(text) ? allFields
                : allFields.stream().filter(field -> !Analysis.LABEL_ZH.equals(field)).toList();
        if (fields.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        boolean any = false;
        for (String field : fields) {
            any |= addIfAny(builder, phrase(field, text), BOOSTS.get(field));
        }
        if (fields.size() > 1 && Analysis.hasHan(text)) {
            // smartcn's words, all required but in any order: 国家总局 finds both 国家…总局 regulators.
            any |= addIfAny(builder, BUILDER.createBooleanQuery(Analysis.NAMES_ZH, text, Occur.MUST), CHINESE_WORDS_BOOST);
            any |= addIfAny(builder, BUILDER.createBooleanQuery(Analysis.RELATED_ZH, text, Occur.MUST), RELATED_BOOST);
        }
        List<String> words = Analysis.words(Analysis.TEXT, text);
        if (!quoted && words.size() == 1 && words.get(0).length() >= PREFIX_MIN_LENGTH) {
            for (String field : fields) {
                for (Term longer : longerWords(reader, field, words.get(0))) {
                    builder.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(longer)), PREFIX_BOOST), Occur.SHOULD);
                }
            }
        }
        return any ? builder.build() : null;
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
