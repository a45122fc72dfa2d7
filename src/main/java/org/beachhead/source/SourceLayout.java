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
     * The article as the reader shows it: the story's paragraphs in one flow, and the page chrome
     * folded out of it, each piece numbered from 1 where a marker in the story says it was left out.
     */
    public record Reading(List<StoryParagraph> story, List<Block> chrome) {
    }

    /** A paragraph of the story: runs of text, and markers where chrome was left out. */
    public record StoryParagraph(List<Piece> pieces) {
    }

    /** A run of text, or ({@code run} null) the marker of chrome piece {@code folded}. */
    public record Piece(Run run, int folded) {
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

    /**
     * The blocks as one story with the chrome folded out: a paragraph that chrome cut in the middle
     * of a sentence (a stray caption, an image name) goes on after it, so no paragraph is broken.
     */
    public static Reading reading(List<Block> blocks) {
        List<List<Piece>> story = new ArrayList<>();
        List<Block> chrome = new ArrayList<>();
        int leading = 0;
        boolean unfinished = false;
        for (Block block : blocks) {
            if (block.chrome()) {
                chrome.add(block);
                if (story.isEmpty()) {
                    leading = chrome.size();
                } else {
                    List<Piece> last = story.get(story.size() - 1);
                    unfinished = unfinished(last);
                    last.add(new Piece(null, chrome.size()));
                }
                continue;
            }
            for (int i = 0; i < block.paragraphs().size(); i++) {
                List<Piece> pieces = i == 0 && unfinished ? story.get(story.size() - 1) : new ArrayList<>();
                if (pieces.isEmpty()) {
                    story.add(pieces);
                    if (leading > 0) {
                        pieces.add(new Piece(null, leading));
                        leading = 0;
                    }
                }
                block.paragraphs().get(i).runs().forEach(run -> pieces.add(new Piece(run, 0)));
            }
            unfinished = false;
        }
        return new Reading(story.stream().map(pieces -> new StoryParagraph(List.copyOf(pieces))).toList(), List.copyOf(chrome));
    }

    /** Whether a paragraph stops before the end of its sentence. */
    private static boolean unfinished(List<Piece> paragraph) {
        String text = paragraph.stream().filter(piece -> piece.run() != null).map(piece -> piece.run().text())
                .reduce("", String::concat).strip();
        return !text.isEmpty() && ".!?:;\"”’')…".indexOf(text.charAt(text.length() - 1)) < 0;
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
                    cover.stream().filter(highlight -> highlight.span().end() == to)
                            .sorted(Comparator.comparingInt(Highlight::number)).toList()));
        }
        return runs;
    }
}
