package org.beachhead.source;

import org.beachhead.model.TextSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SourceLayoutTest {

    /**
     * Expected layouts are written compactly: blocks as {@code story[...]} or {@code chrome[...]},
     * paragraphs separated by " / ", runs by "|", and after a covered run the numbers of the
     * highlights covering it, outermost first, with "<" where one opens and ">" where one closes.
     * Highlights are numbered in the order they are given.
     */
    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of("no highlight", "abcdefghij", "0-10", "", "story[abcdefghij]"),
                Arguments.of("nested", "abcdefghij", "0-10", "0-10 2-5",
                        "story[ab{<1}|cde{1,<2>}|fghij{1>}]"),
                Arguments.of("overlapping", "abcdefghij", "0-10", "1-6 4-9",
                        "story[a|bcd{<1}|ef{1>,<2}|ghi{2>}|j]"),
                Arguments.of("same start, the longer one outside", "abcdefghij", "0-10", "0-4 0-8",
                        "story[abcd{<2,<1>}|efgh{2>}|ij]"),
                Arguments.of("same span twice", "abcdefghij", "0-10", "2-5 2-5",
                        "story[ab|cde{<1>,<2>}|fghij]"),
                Arguments.of("at the very start and the very end", "abcdefghij", "0-10", "0-3 7-10",
                        "story[abc{<1>}|defg|hij{<2>}]"),
                Arguments.of("chrome before, between and after the body; paragraphs at line breaks",
                        "Title\n\nOne two.\n\nPhoto\n\nThree.\nFour\n\nShare", "7-15 24-35", "11-15 24-35",
                        "chrome[Title] story[One |two.{<1>}] chrome[Photo] story[Three.{<2} / Four{2>}] chrome[Share]"),
                Arguments.of("a chrome gap inside a line", "said but the caption Deadline knows", "0-8 21-35", "5-8 21-29",
                        "story[said |but{<1>}] chrome[ the caption ] story[Deadline{<2>}| knows]"),
                Arguments.of("blank lines and blank gaps are left out", "One.\n\n\u00a0\n\nTwo.\n", "0-4 9-13", "",
                        "story[One.] story[Two.]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void cutsTheTextIntoBlocksParagraphsAndRunsAtEveryHighlightBoundary(String name, String text, String body,
                                                                          String highlights, String expected) {
        List<Highlight> numbered = new ArrayList<>();
        spans(highlights).forEach(span -> numbered.add(new Highlight(numbered.size() + 1, span)));

        List<SourceLayout.Block> blocks = SourceLayout.of(text, spans(body), numbered);

        assertThat(describe(blocks)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a sentence cut by a caption goes on in its paragraph | Title\\n\\nNetflix said but\\nthe caption\\nDeadline knows. | 7-23 36-51 | ⋯1 Netflix said but ⋯2 Deadline knows.",
            "a finished sentence ends its paragraph | One.\\nPhoto\\nTwo. | 0-4 11-15 | One. ⋯1 / Two."})
    void foldsTheChromeOutOfTheStoryWithoutBreakingAParagraph(String name, String text, String body, String expected) {
        SourceLayout.Reading reading = SourceLayout.reading(SourceLayout.of(text.replace("\\n", "\n"), spans(body), List.of()));

        assertThat(reading.story().stream().map(paragraph -> paragraph.pieces().stream()
                        .map(piece -> piece.run() == null ? "⋯" + piece.folded() : piece.run().text().strip())
                        .collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" / "))).isEqualTo(expected);
    }

    private static List<TextSpan> spans(String spans) {
        return Arrays.stream(spans.split(" ")).filter(span -> !span.isEmpty()).map(span -> span.split("-"))
                .map(ends -> new TextSpan(Integer.parseInt(ends[0]), Integer.parseInt(ends[1]))).toList();
    }

    private static String describe(List<SourceLayout.Block> blocks) {
        return blocks.stream().map(block -> (block.chrome() ? "chrome[" : "story[")
                        + block.paragraphs().stream().map(paragraph -> paragraph.runs().stream()
                                .map(SourceLayoutTest::describe).collect(Collectors.joining("|")))
                        .collect(Collectors.joining(" / ")) + "]")
                .collect(Collectors.joining(" "));
    }

    private static String describe(SourceLayout.Run run) {
        if (run.cover().isEmpty()) {
            return run.text();
        }
        return run.text() + run.cover().stream()
                .map(highlight -> (run.opens(highlight) ? "<" : "") + highlight.number()
                        + (run.closing().contains(highlight) ? ">" : ""))
                .collect(Collectors.joining(",", "{", "}"));
    }
}
