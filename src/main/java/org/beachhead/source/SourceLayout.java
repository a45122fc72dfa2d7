package org.beachhead.source;

import org.beachhead.model.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An article's verbatim text cut up for reading: blocks that are either the story (a body segment)
 * or page chrome around it, paragraphs at line breaks, and runs of text cut at every highlight
 * boundary, so overlapping and nested excerpts can each be marked without rewriting the text.
 */
public final class SourceLayout {

    /** Outermost first, so a run's marks nest the same way in every run they share. */
    private static final Comparator<Highlight> OUTERMOST_FIRST = Comparator
            .comparingInt((Highlight highlight) -> highlight.span().start())
            .thenComparing(highlight -> highlight.span().end(), Comparator.reverseOrder());

    /** A stretch of the article: story, or chrome captured with it. */
    public record Block(boolean chrome, List<Paragraph> paragraphs) {
    }

    public record Paragraph(List<Run> runs) {
    }

    /**
     * Text that the same highlights cover throughout. {@code cover} is outermost first; {@code opening}
     * are the highlights that start here (their anchors belong here), {@code closing} those that end here.
     */
    public record Run(String text, List<Highlight> cover, List<Highlight> opening, List<Highlight> closing) {

        public boolean opens(Highlight highlight) {
            return opening.contains(highlight);
        }
    }

    private SourceLayout() {
    }

    /**
     * Lays out {@code text}: the parts inside {@code body} (ordered, non-overlapping segments) are
     * story blocks, everything else chrome blocks; blank stretches and blank lines are left out.
     */
    public static List<Block> of(String text, List<TextSpan> body, List<Highlight> highlights) {
        List<Highlight> ordered = highlights.stream().sorted(OUTERMOST_FIRST).toList();
        List<Block> blocks = new ArrayList<>();
        int at = 0;
        for (TextSpan segment : body) {
            addBlock(blocks, text, at, segment.start(), true, ordered);
            addBlock(blocks, text, segment.start(), segment.end(), false, ordered);
            at = segment.end();
        }
        addBlock(blocks, text, at, text.length(), true, ordered);
        return blocks;
    }

    private static void addBlock(List<Block> blocks, String text, int start, int end, boolean chrome,
                                 List<Highlight> highlights) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int lineStart = start;
        while (lineStart < end) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 || newline > end ? end : newline;
            if (!isBlank(text, lineStart, lineEnd)) {
                paragraphs.add(new Paragraph(runs(text, lineStart, lineEnd, highlights)));
            }
            lineStart = lineEnd + 1;
        }
        if (!paragraphs.isEmpty()) {
            blocks.add(new Block(chrome, paragraphs));
        }
    }

    /** Captures keep lines of non-breaking spaces; they are blank too. */
    private static boolean isBlank(String text, int start, int end) {
        return text.substring(start, end).chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static List<Run> runs(String text, int start, int end, List<Highlight> highlights) {
        List<Integer> cuts = new ArrayList<>(List.of(start, end));
        for (Highlight highlight : highlights) {
            cuts.add(Math.min(Math.max(highlight.span().start(), start), end));
            cuts.add(Math.min(Math.max(highlight.span().end(), start), end));
        }
        List<Integer> boundaries = cuts.stream().distinct().sorted().toList();
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i + 1 < boundaries.size(); i++) {
            int from = boundaries.get(i);
            int to = boundaries.get(i + 1);
            List<Highlight> cover = highlights.stream()
                    .filter(highlight -> highlight.span().start() <= from && to <= highlight.span().end()).toList();
            runs.add(new Run(text.substring(from, to), cover,
                    cover.stream().filter(highlight -> highlight.span().start() == from).toList(),
                    cover.stream().filter(highlight -> highlight.span().end() == to).toList()));
        }
        return runs;
    }
}
