package org.beachhead.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class IndexedTextTest {

    @ParameterizedTest(name = "[{index}] {0} finds {1}")
    @CsvSource(delimiter = '|', value = {
            "cafe            | Café society",
            "CAFÉ            | cafe society",
            "uber            | ÜBER alles",
            "Zurich          | in Zürich",
            "tv              | 芒果ＴＶ",
            "China's         | China’s leading platform",
            "china’s         | China's leading platform",
            "whole season    | the whole-season approval",
            "netflix         | Netflix’s content acquisition",
            "爱奇艺            | 爱奇艺",
            "奇艺             | 爱奇艺是视频平台",
            "芒果TV           | 芒果TV",
            "joon-ho         | Bong Joon-ho",
            "10,000,000      | attracting 10,000,000 moviegoers",
            "office          | the o\uFB03ce",
    })
    void foldsCaseAccentsQuotesAndWidthsAndMatchesCjkAsSubstrings(String query, String text) {
        assertThat(matches(query, text)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0} does not find {1}")
    @CsvSource(delimiter = '|', value = {
            "wasu      | Wasuabc media",
            "wasu      | abcwasu media",
            "was       | Wasu Media",
            "asu       | Wasu Media",
            "seasons   | the whole season",
            "爱奇艺      | 爱奇 艺",
            "奇爱       | 爱奇艺",
            "10,000    | 100,000",
    })
    void matchesWholeWordsOnlyNotPrefixesOrInnerParts(String query, String text) {
        assertThat(matches(query, text)).isFalse();
    }

    @Test
    void aPhraseNeedsItsWordsInARow() {
        String text = "the season was whole";

        assertThat(matches("\"whole season\"", text)).isFalse();
        assertThat(matchesIn(text, "\"season was whole\"")).containsExactly(new Match(1, 4));
    }

    @Test
    void highlightsTheMatchesInTheOriginalText() {
        String text = "Netflix talks to Wasu Media and WASU’s Café";

        Highlighted highlighted = IndexedText.of(text).highlight(matchesIn(text, "wasu cafe"));

        assertThat(highlighted.runs()).containsExactly(
                new Highlighted.Run("Netflix talks to ", false), new Highlighted.Run("Wasu", true),
                new Highlighted.Run(" Media and ", false), new Highlighted.Run("WASU", true),
                new Highlighted.Run("’s ", false), new Highlighted.Run("Café", true));
    }

    @Test
    void aDecomposedAccentStaysInsideItsHighlight() {
        String text = "Cafe\u0301 society";

        assertThat(IndexedText.of(text).highlight(matchesIn(text, "cafe")).runs())
                .containsExactly(new Highlighted.Run("Cafe\u0301", true), new Highlighted.Run(" society", false));
    }

    @Test
    void overlappingMatchesAreHighlightedOnce() {
        String text = "Wasu Media";

        Highlighted highlighted = IndexedText.of(text).highlight(matchesIn(text, "\"wasu media\" media"));

        assertThat(highlighted.runs()).containsExactly(new Highlighted.Run("Wasu Media", true));
    }

    @Test
    void aShortTextIsShownWholeWithoutEllipses() {
        String text = "“Under rules introduced in April.”";

        assertThat(plain(IndexedText.of(text).highlight(matchesIn(text, "april")))).isEqualTo("“Under rules introduced in April.”");
    }

    @ParameterizedTest(name = "[{index}] a match at word {0} shows {1}")
    @CsvSource(delimiter = '|', value = {
            "w50 | … w40 w41 w42 w43 w44 w45 w46 w47 w48 w49 w50 w51 w52 w53 w54 w55 w56 w57 w58 w59 w60 w61 w62 w63 w64 w65 w66 w67 w68 w69 …",
            "w3  | w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 w20 w21 w22 w23 w24 w25 w26 w27 w28 w29 …",
            "w98 | … w70 w71 w72 w73 w74 w75 w76 w77 w78 w79 w80 w81 w82 w83 w84 w85 w86 w87 w88 w89 w90 w91 w92 w93 w94 w95 w96 w97 w98 w99.",
    })
    void aLongTextIsCutToAWindowOfThirtyWordsAroundTheFirstMatch(String word, String snippet) {
        String text = IntStream.range(0, 100).mapToObj(i -> "w" + i).collect(Collectors.joining(" ")) + ".";

        Highlighted highlighted = IndexedText.of(text).highlight(matchesIn(text, word));

        assertThat(plain(highlighted)).isEqualTo(snippet);
        assertThat(highlighted.runs()).filteredOn(Highlighted.Run::matched).containsExactly(new Highlighted.Run(word, true));
    }

    @Test
    void aSnippetStartsAtTheFirstMatchEvenWhenALaterOneIsOutsideTheWindow() {
        String text = "wasu " + "filler ".repeat(60) + "wasu";

        Highlighted highlighted = IndexedText.of(text).highlight(matchesIn(text, "wasu"));

        assertThat(highlighted.runs()).filteredOn(Highlighted.Run::matched).hasSize(1);
        assertThat(plain(highlighted)).startsWith("wasu filler").endsWith("filler …");
    }

    @Test
    void charactersOfAnUnspacedScriptAreHighlightedAsOneMatchOnlyWhereTheyTouch() {
        String text = "爱奇 艺 and 爱奇艺";

        assertThat(IndexedText.of(text).highlight(matchesIn(text, "爱奇艺")).runs())
                .containsExactly(new Highlighted.Run("爱奇 艺 and ", false), new Highlighted.Run("爱奇艺", true));
    }

    /** Whether the query finds the text, searched as the only passage of the only document of an index. */
    private static boolean matches(String query, String text) {
        return !index(text).search(SearchQuery.parse(query)).isEmpty();
    }

    /** Where the query's terms matched in the text, as the index reports it to the highlighter. */
    private static List<Match> matchesIn(String text, String query) {
        return index(text).search(SearchQuery.parse(query)).get(0).passageMatches().get(0);
    }

    private static SearchIndex index(String text) {
        return new SearchIndex(List.of(new Document(ResultKind.SOURCES, "/sources/a", "A", List.of(),
                List.of(new Document.Passage(text, "/sources/a")), null, List.of())));
    }

    private static String plain(Highlighted highlighted) {
        return highlighted.runs().stream().map(Highlighted.Run::text).collect(Collectors.joining());
    }
}
