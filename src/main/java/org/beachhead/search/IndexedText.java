package org.beachhead.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A text prepared for searching: folded (NFKD, combining marks stripped, lower case) and cut into
 * tokens, remembering for every folded character where it came from, so that matches are found in
 * the folded form and highlighted in the original.
 * <p>
 * A token is a run of letters and digits, or a single character of a script written without
 * spaces (Chinese, Japanese kana). Punctuation and spaces separate tokens and are otherwise ignored,
 * which makes curly and straight quotes equal and "whole-season" the same two words as "whole season".
 * <p>
 * It lives only while a text is indexed or a shown result highlighted: the {@link SearchIndex}
 * keeps postings, not tokens.
 */
final class IndexedText {

    /** About 30 words of context around a match; a shorter text is shown whole. */
    static final int SNIPPET_TOKENS = 30;
    private static final int TOKENS_BEFORE_MATCH = 10;
    private static final String ELLIPSIS = "…";
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private final String original;
    private final List<Token> tokens;

    /**
     * A token of the folded text: its characters, the range [start, end) of the original text they
     * come from, and its position, which counts tokens but skips one between two characters of an
     * unspaced script that do not touch, so that only touching ones form a phrase.
     */
    record Token(String text, int start, int end, int position) {
    }

    private IndexedText(String original, List<Token> tokens) {
        this.original = original;
        this.tokens = tokens;
    }

    static IndexedText of(String original) {
        StringBuilder folded = new StringBuilder(original.length());
        int[] origins = new int[original.length() + 1];
        for (int i = 0; i < original.length(); ) {
            int codePoint = original.codePointAt(i);
            String piece = fold(codePoint);
            for (int k = 0; k < piece.length(); k++) {
                if (folded.length() + 1 >= origins.length) {
                    origins = Arrays.copyOf(origins, origins.length * 2); // NFKD expanded a character ("ﬃ" is "ffi")
                }
                origins[folded.length()] = i;
                folded.append(piece.charAt(k));
            }
            i += Character.charCount(codePoint);
        }
        origins[folded.length()] = original.length();
        return new IndexedText(original, tokenize(folded, origins));
    }

    /** The folded tokens, in order: how a query is cut into words. */
    List<String> words() {
        return tokens.stream().map(Token::text).toList();
    }

    List<Token> tokens() {
        return tokens;
    }

    /**
     * About {@value #SNIPPET_TOKENS} words of the original text around the first match, with an
     * ellipsis where the text was cut, as runs of matched and unmatched text.
     */
    Highlighted highlight(List<Match> matches) {
        int firstMatched = matches.stream().mapToInt(match -> tokenAt(match.firstPosition())).min().orElse(0);
        int from = Math.max(0, Math.min(firstMatched - TOKENS_BEFORE_MATCH, tokens.size() - SNIPPET_TOKENS));
        int to = Math.min(tokens.size(), from + SNIPPET_TOKENS);
        int start = from == 0 ? 0 : tokens.get(from).start();
        int end = to == tokens.size() ? original.length() : tokens.get(to - 1).end();

        List<Highlighted.Run> runs = new ArrayList<>();
        if (start > 0) {
            runs.add(new Highlighted.Run(ELLIPSIS + " ", false));
        }
        int cursor = start;
        for (Match match : matches.stream().sorted(Comparator.comparingInt(Match::firstPosition)).toList()) {
            int matchStart = Math.max(cursor, tokens.get(tokenAt(match.firstPosition())).start());
            int matchEnd = Math.min(end, tokens.get(tokenAt(match.endPosition() - 1)).end());
            if (matchStart >= matchEnd) {
                continue; // outside the window, or inside a match already shown (overlapping terms)
            }
            if (matchStart > cursor) {
                runs.add(new Highlighted.Run(original.substring(cursor, matchStart), false));
            }
            runs.add(new Highlighted.Run(original.substring(matchStart, matchEnd), true));
            cursor = matchEnd;
        }
        if (cursor < end) {
            runs.add(new Highlighted.Run(original.substring(cursor, end), false));
        }
        if (end < original.length()) {
            runs.add(new Highlighted.Run(" " + ELLIPSIS, false));
        }
        return new Highlighted(runs);
    }

    /** The index of the token at a position: positions only ever skip, so it is found by bisection. */
    private int tokenAt(int position) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens.get(middle).position() < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * Case and accent folding of one code point: NFKD splits "é" into "e" and a combining accent
     * (and full-width "Ｔ" into "T"), the marks are dropped, and the rest is lower-cased.
     */
    private static String fold(int codePoint) {
        if (codePoint < 0x80) {
            return String.valueOf((char) Character.toLowerCase(codePoint));
        }
        String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** {@code origins}: the original index of each folded character, plus one entry for the end of the text. */
    private static List<Token> tokenize(CharSequence folded, int[] origins) {
        List<Token> tokens = new ArrayList<>();
        int position = -1;
        int unspacedEnd = -1; // where the last token ended if it was of an unspaced script
        int i = 0;
        while (i < folded.length()) {
            int codePoint = Character.codePointAt(folded, i);
            int next = i + Character.charCount(codePoint);
            boolean unspaced = isUnspaced(codePoint);
            if (unspaced || Character.isLetterOrDigit(codePoint)) {
                while (!unspaced && next < folded.length() && isWordPart(Character.codePointAt(folded, next))) {
                    next += Character.charCount(Character.codePointAt(folded, next));
                }
                position += unspaced && unspacedEnd >= 0 && unspacedEnd != origins[i] ? 2 : 1;
                tokens.add(new Token(folded.subSequence(i, next).toString(), origins[i], origins[next], position));
                unspacedEnd = unspaced ? origins[next] : -1;
            }
            i = next;
        }
        return tokens;
    }

    private static boolean isWordPart(int codePoint) {
        return Character.isLetterOrDigit(codePoint) && !isUnspaced(codePoint);
    }

    /** Scripts written without spaces between words, whose characters are matched one by one. */
    private static boolean isUnspaced(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
