package org.beachhead.corpus;

import org.beachhead.model.LocatedQuote;
import org.beachhead.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An article's verbatim text and the spans of it that are the story, with the operations the
 * importer needs: find a quote (exactly once, inside the body), and suggest the closest passage
 * when it is not there.
 */
final class ArticleText {

    static final int SELECTOR_CONTEXT = 32;
    private static final int MAX_CONTEXT = 400;

    private final String original;
    private final List<TextSpan> body;
    /** Built on the first search: finding mentions reads every article but never searches one. */
    private NormalizedText normalized;

    ArticleText(String original, List<TextSpan> body) {
        this.original = original;
        this.body = List.copyOf(body);
    }

    ArticleText(String original) {
        this(original, List.of(new TextSpan(0, original.length())));
    }

    String original() {
        return original;
    }

    List<TextSpan> body() {
        return body;
    }

    /** Every place the quote occurs in the whole text, body or not. */
    List<TextSpan> occurrences(String quote) {
        String needle = NormalizedText.normalizeQuote(quote);
        List<TextSpan> spans = new ArrayList<>();
        if (needle.isEmpty()) {
            return spans;
        }
        if (normalized == null) {
            normalized = NormalizedText.of(original);
        }
        String haystack = normalized.text();
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            int start = normalized.originalOffset(at);
            int end = normalized.originalOffset(at + needle.length() - 1) + 1;
            spans.add(new TextSpan(start, end));
        }
        return spans;
    }

    /** The first place the quote occurs at or after the original offset {@code from}. */
    Optional<TextSpan> firstOccurrence(String quote, int from) {
        return occurrences(quote).stream().filter(span -> span.start() >= from).findFirst();
    }

    /**
     * The sentences of the body, trimmed: a sentence ends after . ! or ? (and any closing quote
     * mark) followed by white space, or at a line break, and never runs across segments.
     */
    List<TextSpan> sentences() {
        List<TextSpan> sentences = new ArrayList<>();
        for (TextSpan segment : body) {
            int start = segment.start();
            for (int i = segment.start(); i < segment.end(); i++) {
                char c = original.charAt(i);
                boolean lineBreak = c == '\n';
                boolean closes = i + 1 < segment.end() && Character.isWhitespace(original.charAt(i + 1))
                        && (c == '.' || c == '!' || c == '?' || isClosingQuote(c) && i > start && ".!?".indexOf(original.charAt(i - 1)) >= 0);
                if (lineBreak || closes) {
                    addTrimmed(sentences, start, lineBreak ? i : i + 1);
                    start = i + 1;
                }
            }
            addTrimmed(sentences, start, segment.end());
        }
        return sentences;
    }

    private void addTrimmed(List<TextSpan> sentences, int start, int end) {
        while (start < end && Character.isWhitespace(original.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(original.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new TextSpan(start, end));
        }
    }

    private static boolean isClosingQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019';
    }

    /** The body segment wholly containing the span, if any. */
    Optional<TextSpan> bodySegmentContaining(TextSpan span) {
        return body.stream().filter(segment -> segment.contains(span)).findFirst();
    }

    /** Anchors a span found in the body: exact text, selector prefix and suffix, and the rest of its sentence. */
    LocatedQuote anchor(TextSpan span) {
        TextSpan segment = bodySegmentContaining(span).orElse(new TextSpan(0, original.length()));
        return new LocatedQuote(span,
                original.substring(span.start(), span.end()),
                original.substring(Math.max(0, span.start() - SELECTOR_CONTEXT), span.start()),
                original.substring(span.end(), Math.min(original.length(), span.end() + SELECTOR_CONTEXT)),
                sentenceBefore(span.start(), segment.start()),
                sentenceAfter(span.end(), segment.end()));
    }

    /**
     * The body passage closest to a quote that was not found: the substring with the fewest edits
     * to the quote (a semi-global alignment, so the passage may start and end anywhere).
     */
    String closestPassage(String quote) {
        String needle = NormalizedText.normalizeQuote(quote).toLowerCase();
        String best = "";
        int bestCost = Integer.MAX_VALUE;
        for (TextSpan segment : body) {
            String segmentText = NormalizedText.of(original.substring(segment.start(), segment.end())).text();
            Alignment alignment = Alignment.best(needle, segmentText.toLowerCase());
            if (alignment.cost() < bestCost) {
                bestCost = alignment.cost();
                best = segmentText.substring(alignment.start(), alignment.end()).trim();
            }
        }
        return best;
    }

    private String sentenceBefore(int from, int limit) {
        int start = from;
        while (start > limit && !endsSentence(start - 1)) {
            start--;
        }
        String text = foldSpaces(original.substring(start, from)).stripLeading();
        return text.length() <= MAX_CONTEXT ? text : "…" + text.substring(text.length() - MAX_CONTEXT).stripLeading();
    }

    private String sentenceAfter(int from, int limit) {
        int end = from;
        while (end < limit && !endsParagraph(end) && !(end > from && endsSentence(end - 1))) {
            end++;
        }
        String text = foldSpaces(original.substring(from, end)).stripTrailing();
        return text.length() <= MAX_CONTEXT ? text : text.substring(0, MAX_CONTEXT).stripTrailing() + "…";
    }

    /** Context is shown inline: line breaks become spaces, but a space next to the quote is kept. */
    private static String foldSpaces(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** True where the character at {@code index} closes a sentence or a paragraph. */
    private boolean endsSentence(int index) {
        char c = original.charAt(index);
        if (endsParagraph(index)) {
            return true;
        }
        boolean terminator = c == '.' || c == '!' || c == '?';
        return terminator && index + 1 < original.length() && Character.isWhitespace(original.charAt(index + 1));
    }

    /**
     * True at a line break next to another one: a blank line ends a paragraph (or a heading without
     * punctuation), while a single line break may just wrap a sentence.
     */
    private boolean endsParagraph(int index) {
        if (original.charAt(index) != '\n') {
            return false;
        }
        return index + 1 < original.length() && original.charAt(index + 1) == '\n'
                || index > 0 && original.charAt(index - 1) == '\n';
    }

    /** Sellers' semi-global edit distance: the cheapest substring of the text to turn into the pattern. */
    private record Alignment(int cost, int start, int end) {

        static Alignment best(String pattern, String text) {
            int m = pattern.length();
            int n = text.length();
            int[] previousCost = new int[n + 1];
            int[] previousStart = new int[n + 1];
            for (int j = 0; j <= n; j++) {
                previousStart[j] = j;
            }
            int[] cost = new int[n + 1];
            int[] start = new int[n + 1];
            for (int i = 1; i <= m; i++) {
                cost[0] = i;
                start[0] = 0;
                for (int j = 1; j <= n; j++) {
                    int substitute = previousCost[j - 1] + (pattern.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1);
                    int delete = previousCost[j] + 1;
                    int insert = cost[j - 1] + 1;
                    if (substitute <= delete && substitute <= insert) {
                        cost[j] = substitute;
                        start[j] = previousStart[j - 1];
                    } else if (delete <= insert) {
                        cost[j] = delete;
                        start[j] = previousStart[j];
                    } else {
                        cost[j] = insert;
                        start[j] = start[j - 1];
                    }
                }
                int[] swapCost = previousCost;
                previousCost = cost;
                cost = swapCost;
                int[] swapStart = previousStart;
                previousStart = start;
                start = swapStart;
            }
            int bestEnd = 0;
            for (int j = 1; j <= n; j++) {
                if (previousCost[j] < previousCost[bestEnd]) {
                    bestEnd = j;
                }
            }
            return new Alignment(previousCost[bestEnd], previousStart[bestEnd], bestEnd);
        }
    }
}
