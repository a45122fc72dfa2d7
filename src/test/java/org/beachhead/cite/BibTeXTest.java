package org.beachhead.cite;

import org.beachhead.common.Text;
import org.beachhead.common.DateBasis;
import org.beachhead.common.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class BibTeXTest {

    private static final LocalDate ACCESSED = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "a {b}       | a \\textbraceleft{}b\\textbraceright{}",
            "only { open | only \\textbraceleft{} open",
            "50% off     | 50\\% off",
            "R&D         | R\\&D",
            "#1          | \\#1",
            "snake_case  | snake\\_case",
            "`\\ $ ~ ^`  | `\\textbackslash{} \\$ \\textasciitilde{} \\textasciicircum{}`",
            "爱奇艺 China’s | 爱奇艺 China’s"})
    void escapesWhatLatexWouldReadAsCommandsAndKeepsUnicode(String text, String escaped) {
        assertThat(BibTeX.escape(text)).isEqualTo(escaped);
    }

    @Test
    void everyBraceInAnEntryIsBalancedSoBibtexFindsTheEndOfEachField() {
        String bib = BibTeX.entry(source("A } lone { brace", "X_Y", "c. 2015-05", DateBasis.INFERRED), "http://h", ACCESSED);

        int depth = 0;
        for (char c : bib.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth).isNotNegative();
        }
        assertThat(depth).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2017-08-12   | year = {2017}, month = aug, date = {2017-08-12},",
            "c. 2015-03   | year = {2015}, month = mar, date = {2015-03~},",
            "c. 2023      | year = {2023}, date = {2023~},"})
    void yearAndMonthAsFarAsTheDateIsKnown(String date, String fields) {
        String bib = BibTeX.entry(source("T", null, date, DateBasis.STATED), "http://h", ACCESSED);

        assertThat(bib.replace("\n  ", " ")).contains(fields);
    }

    @Test
    void aNamedPublisherMakesAnArticleInThatJournalWithTheInferenceAndHashInTheNote() {
        String bib = BibTeX.entry(source("Headline", "CGTN & Co", "c. 2016-08", DateBasis.INFERRED), "http://h:8101", ACCESSED);

        assertThat(bib).startsWith("@article{beachhead-a-source,\n  title = {{Headline}},\n  journal = {CGTN \\& Co},\n")
                .contains("  url = {http://h:8101/sources/a-source},\n  urldate = {2026-11-23},\n")
                .contains("note = {Publication date c. Aug 2016 inferred, not stated in the source: Because 10\\% said so. "
                        + "Captured text SHA-256: 0123abcd.}")
                .endsWith("}\n");
    }

    @Test
    void noPublisherMakesAnOnlineEntryAndAStatedDateNeedsNoNote() {
        String bib = BibTeX.entry(source("Headline", null, "2017-08-12", DateBasis.STATED), "http://h", ACCESSED);

        assertThat(bib).startsWith("@online{beachhead-a-source,").doesNotContain("journal", "inferred")
                .contains("note = {Captured text SHA-256: 0123abcd.}");
    }

    static CitedSource source(String headline, String publisher, String date, DateBasis basis) {
        return new CitedSource("a-source", new Text(headline, null), false, publisher, PartialDate.parse(date), basis,
                new Text("Because 10% said so.", null), "0123abcd");
    }
}
