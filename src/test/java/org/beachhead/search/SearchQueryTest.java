package org.beachhead.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTest {

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Wasu                          | wasu",
            "Netflix  Wasu                 | netflix / wasu",
            "\"whole season\" wasu         | whole season / wasu",
            "“whole season” wasu           | whole season / wasu",
            "„whole season“                | whole season",
            "wasu \"whole season           | wasu / whole season",
            "Bong Joon-ho                  | bong / joon ho",
            "爱奇艺 腾讯                     | 爱 奇 艺 / 腾 讯",
            "wasu WASU Wasu                | wasu",
            "<script>alert(1)</script>     | script alert 1 script",
    })
    void quotedTextIsOnePhraseAndEveryOtherWordATerm(String query, String expected) {
        List<List<String>> terms = Arrays.stream(expected.split(" / ")).map(term -> List.of(term.split(" "))).toList();

        assertThat(SearchQuery.parse(query).terms()).extracting(Term::words).containsExactlyElementsOf(terms);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"\"", "?!", "— … —"})
    void aQueryWithoutLettersOrDigitsHasNoTerms(String query) {
        assertThat(SearchQuery.parse(query).terms()).isEmpty();
    }
}
