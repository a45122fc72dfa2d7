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
     * A token of the folded text: its characters and the range [start, end) of the original text
     * they come from (kept per token rather than as a map of every folded character, which took
     * a quarter of a large corpus's index).
     */
    private record Token(String text, int start, int end, boolean unspaced) {
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

    /**
     * Every place where the term's words stand in a row. Latin words match whole words only;
     * characters of unspaced scripts must also touch each other, so a CJK run matches as a substring.
     */
    List<Match> find(Term term) {
        List<Match> found = new ArrayList<>();
        int length = term.words().size();
        for (int first = 0; first + length <= tokens.size(); first++) {
            if (occursAt(first, term.words())) {
                found.add(new Match(first, first + length));
            }
        }
        return found;
    }

    /**
     * About {@value #SNIPPET_TOKENS} words of the original text around the first match, with an
     * ellipsis where the text was cut, as runs of matched and unmatched text.
     */
    Highlighted highlight(List<Match> matches) {
        int firstMatched = matches.stream().mapToInt(Match::firstToken).min().orElse(0);
        int from = Math.max(0, Math.min(firstMatched - TOKENS_BEFORE_MATCH, tokens.size() - SNIPPET_TOKENS));
        int to = Math.min(tokens.size(), from + SNIPPET_TOKENS);
        int start = from == 0 ? 0 : tokens.get(from).start();
        int end = to == tokens.size() ? original.length() : tokens.get(to - 1).end();

        List<Highlighted.Run> runs = new ArrayList<>();
        if (start > 0) {
            runs.add(new Highlighted.Run(ELLIPSIS + " ", false));
        }
        int cursor = start;
        for (Match match : matches.stream().sorted(Comparator.comparingInt(Match::firstToken)).toList()) {
            int matchStart = Math.max(cursor, tokens.get(match.firstToken()).start());
            int matchEnd = Math.min(end, tokens.get(match.endToken() - 1).end());
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

    private boolean occursAt(int first, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            Token token = tokens.get(first + k);
            if (!token.text().equals(words.get(k))) {
                return false;
            }
            Token previous = k == 0 ? null : tokens.get(first + k - 1);
            if (previous != null && previous.unspaced() && token.unspaced() && previous.end() != token.start()) {
                return false;
            }
        }
        return true;
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

    /**
     * Token texts are interned: a corpus repeats a few tens of thousands of words millions of times,
     * and one copy each kept the index of a 20,000-event corpus about 100 MiB smaller.
     */
    /** {@code origins}: the original index of each folded character, plus one entry for the end of the text. */
    private static List<Token> tokenize(CharSequence folded, int[] origins) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            int codePoint = Character.codePointAt(folded, i);
            int next = i + Character.charCount(codePoint);
            if (isUnspaced(codePoint)) {
                tokens.add(new Token(folded.subSequence(i, next).toString().intern(), origins[i], origins[next], true));
            } else if (Character.isLetterOrDigit(codePoint)) {
                while (next < folded.length() && isWordPart(Character.codePointAt(folded, next))) {
                    next += Character.charCount(Character.codePointAt(folded, next));
                }
                tokens.add(new Token(folded.subSequence(i, next).toString().intern(), origins[i], origins[next], false));
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
