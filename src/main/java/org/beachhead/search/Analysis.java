package org.beachhead.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How text and queries are cut into words. English: Unicode word boundaries, possessives dropped,
 * case and accents folded (é = e, full-width ＴＶ = TV), stop words dropped and words stemmed
 * (subscribers = subscriber). Chinese has each character as a word in the same fields, so a Chinese
 * query matches as a phrase of characters (a substring: 总局 finds both regulators), and Chinese names are
 * also segmented into words by smartcn in their own fields ({@code *_zh}), so 国家总局 finds both too.
 */
final class Analysis {

    static final String NAMES = "names";
    static final String TEXT = "text";
    static final String RELATED = "related";
    static final String NAMES_ZH = "names_zh";
    static final String RELATED_ZH = "related_zh";
    /** A Chinese label that is not one of the names (an event's Chinese headline …): searched and marked apart. */
    static final String LABEL_ZH = "label_zh";
    /** Names' words unstemmed, for spelling suggestions and suggestions as you type. */
    static final String WORDS = "words";

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /** Folded and stemmed: the fields searched as English. */
    static final Analyzer ENGLISH = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(tokenizer);
            stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    };

    /** Folded, not stemmed: words as they are spelt, so that a suggestion is a real word. */
    static final Analyzer WORD_FORMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
        }
    };

    static final Analyzer CHINESE = new SmartChineseAnalyzer();

    static final Analyzer PER_FIELD = new PerFieldAnalyzerWrapper(ENGLISH,
            Map.of(NAMES_ZH, CHINESE, RELATED_ZH, CHINESE, WORDS, WORD_FORMS));

    private Analysis() {
    }

    static boolean hasHan(String text) {
        return HAN.matcher(text).find();
    }

    /** How {@code name} spells the folded {@code word} (wasu: Wasu), or null when the name does not have it. */
    static String spelling(String name, String word) {
        try (TokenStream stream = WORD_FORMS.tokenStream(WORDS, name)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            String found = null;
            while (found == null && stream.incrementToken()) {
                if (term.toString().equals(word)) {
                    found = name.substring(offset.startOffset(), offset.endOffset());
                }
            }
            stream.end();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words the field's analyzer makes of {@code text}. */
    static List<String> words(String field, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = PER_FIELD.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /**
     * The words an analyzer made of a text, kept to be indexed again as they are: each event repeats the names of
     * what it involves, and analysing them (smartcn above all) for every event was most of an index build.
     */
    record Tokens(List<Token> tokens, int finalIncrement, int finalOffset) {

        record Token(String term, int increment, int start, int end) {
        }

        /** No words at all. */
        static final Tokens NONE = new Tokens(List.of(), 0, 0);

        static Tokens of(String field, String text) {
            List<Token> tokens = new ArrayList<>();
            try (TokenStream stream = PER_FIELD.tokenStream(field, text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    tokens.add(new Token(term.toString(), increment.getPositionIncrement(), offset.startOffset(),
                            offset.endOffset()));
                }
                stream.end();
                return new Tokens(List.copyOf(tokens), increment.getPositionIncrement(), offset.endOffset());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A new stream of the kept words, with the positions and offsets the analyzer gave them. */
        TokenStream stream() {
            return new TokenStream() {
                private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
                private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
                private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
                private int next;

                @Override
                public boolean incrementToken() {
                    if (next == tokens.size()) {
                        return false;
                    }
                    Token token = tokens.get(next++);
                    clearAttributes();
                    term.setEmpty().append(token.term());
                    increment.setPositionIncrement(token.increment());
                    offset.setOffset(token.start(), token.end());
                    return true;
                }

                @Override
                public void end() throws IOException {
                    super.end();
                    increment.setPositionIncrement(finalIncrement);
                    offset.setOffset(finalOffset, finalOffset);
                }

                @Override
                public void reset() throws IOException {
                    super.reset();
                    next = 0;
                }
            };
        }
    }
}
