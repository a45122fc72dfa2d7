package org.beachhead.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

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
        IndexedText text = IndexedText.of("the season was whole");

        assertThat(text.find(term("whole season"))).isEmpty();
        assertThat(text.find(term("season was whole"))).containsExactly(new Match(1, 4));
    }

    @Test
    void highlightsTheMatchesInTheOriginalText() {
        IndexedText text = IndexedText.of("Netflix talks to Wasu Media and WASU’s Café");

        Highlighted highlighted = text.highlight(concat(text.find(term("wasu")), text.find(term("cafe"))));

        assertThat(highlighted.runs()).containsExactly(
                new Highlighted.Run("Netflix talks to ", false), new Highlighted.Run("Wasu", true),
                new Highlighted.Run(" Media and ", false), new Highlighted.Run("WASU", true),
                new Highlighted.Run("’s ", false), new Highlighted.Run("Café", true));
    }

    @Test
    void aDecomposedAccentStaysInsideItsHighlight() {
        IndexedText text = IndexedText.of("Cafe\u0301 society");

        assertThat(text.highlight(text.find(term("cafe"))).runs())
                .containsExactly(new Highlighted.Run("Cafe\u0301", true), new Highlighted.Run(" society", false));
    }

    @Test
    void overlappingMatchesAreHighlightedOnce() {
        IndexedText text = IndexedText.of("Wasu Media");

        Highlighted highlighted = text.highlight(concat(text.find(term("wasu media")), text.find(term("media"))));

        assertThat(highlighted.runs()).containsExactly(new Highlighted.Run("Wasu Media", true));
    }

    @Test
    void aShortTextIsShownWholeWithoutEllipses() {
        IndexedText text = IndexedText.of("“Under rules introduced in April.”");

        assertThat(plain(text.highlight(text.find(term("april"))))).isEqualTo("“Under rules introduced in April.”");
    }

    @ParameterizedTest(name = "[{index}] a match at word {0} shows {1}")
    @CsvSource(delimiter = '|', value = {
            "w50 | … w40 w41 w42 w43 w44 w45 w46 w47 w48 w49 w50 w51 w52 w53 w54 w55 w56 w57 w58 w59 w60 w61 w62 w63 w64 w65 w66 w67 w68 w69 …",
            "w3  | w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 w20 w21 w22 w23 w24 w25 w26 w27 w28 w29 …",
            "w98 | … w70 w71 w72 w73 w74 w75 w76 w77 w78 w79 w80 w81 w82 w83 w84 w85 w86 w87 w88 w89 w90 w91 w92 w93 w94 w95 w96 w97 w98 w99.",
    })
    void aLongTextIsCutToAWindowOfThirtyWordsAroundTheFirstMatch(String word, String snippet) {
        IndexedText text = IndexedText.of(IntStream.range(0, 100).mapToObj(i -> "w" + i).collect(Collectors.joining(" ")) + ".");

        Highlighted highlighted = text.highlight(text.find(term(word)));

        assertThat(plain(highlighted)).isEqualTo(snippet);
        assertThat(highlighted.runs()).filteredOn(Highlighted.Run::matched).containsExactly(new Highlighted.Run(word, true));
    }

    @Test
    void aSnippetStartsAtTheFirstMatchEvenWhenALaterOneIsOutsideTheWindow() {
        IndexedText text = IndexedText.of("wasu " + "filler ".repeat(60) + "wasu");

        Highlighted highlighted = text.highlight(text.find(term("wasu")));

        assertThat(highlighted.runs()).filteredOn(Highlighted.Run::matched).hasSize(1);
        assertThat(plain(highlighted)).startsWith("wasu filler").endsWith("filler …");
    }

    static boolean matches(String query, String text) {
        SearchQuery parsed = SearchQuery.parse(query);
        IndexedText indexed = IndexedText.of(text);
        return !parsed.terms().isEmpty() && parsed.terms().stream().allMatch(term -> !indexed.find(term).isEmpty());
    }

    private static Term term(String words) {
        return new Term(IndexedText.of(words).words());
    }

    private static List<Match> concat(List<Match> first, List<Match> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private static String plain(Highlighted highlighted) {
        return highlighted.runs().stream().map(Highlighted.Run::text).collect(Collectors.joining());
    }
}
