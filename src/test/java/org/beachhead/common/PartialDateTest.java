package org.beachhead.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartialDateTest {

    /** Every precision of every day of years with one to four digits: the same text as String.format's. */
    @ParameterizedTest
    @ValueSource(ints = {1, 9, 10, 999, 1000, 2015, 9999})
    void writesTheIsoFormZeroPaddedAtEveryPrecision(int year) {
        assertThat(PartialDate.parse(String.format("%04d", year)).iso()).isEqualTo(String.format("%04d", year));
        for (int month = 1; month <= 12; month++) {
            assertThat(new PartialDate(year, month, null, false).iso()).isEqualTo(String.format("%04d-%02d", year, month));
            for (int day = 1; day <= YearMonth.of(year, month).lengthOfMonth(); day++) {
                assertThat(new PartialDate(year, month, day, true).iso())
                        .isEqualTo(String.format("%04d-%02d-%02d", year, month, day));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
            "2017-08-12, 12 Aug 2017, 2017-08-12, DAY",
            "2015-01, Jan 2015, 2015-01, MONTH",
            "2016, 2016, 2016, YEAR",
            "c. 2015, c. 2015, 2015, YEAR",
            "c. 2016-08, c. Aug 2016, 2016-08, MONTH"
    })
    void keepsThePrecisionItWasGiven(String text, String display, String iso, DatePrecision precision) {
        PartialDate date = PartialDate.parse(text);

        assertThat(date.display()).isEqualTo(display);
        assertThat(date.iso()).isEqualTo(iso);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.approximate()).isEqualTo(text.startsWith("c."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "15", "2015/01", "2015-1", "2015-13", "2015-02-30", "circa 2015", "2015-00", "12 Aug 2017"})
    void rejectsWhatIsNotADate(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aYearOnlyDateSortsBeforeThatYearsMonthsAndAMonthBeforeItsDays() {
        List<PartialDate> sorted = Stream.of("2016-03-02", "2016-03", "2015-12-31", "2016", "2016-01-15", "c. 2016")
                .map(PartialDate::parse).sorted().toList();

        assertThat(sorted).extracting(PartialDate::display)
                .containsExactly("31 Dec 2015", "2016", "c. 2016", "15 Jan 2016", "Mar 2016", "2 Mar 2016");
    }

    @ParameterizedTest
    @CsvSource({
            "2017-08-12, 2017年8月12日",
            "2015-01, 2015年1月",
            "2016, 2016年",
            "c. 2015-05, 约2015年5月"
    })
    void isWrittenTheChineseWayForChineseReaders(String text, String chinese) {
        assertThat(PartialDate.parse(text).display(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo(chinese);
        assertThat(PartialDate.parse(text).display(java.util.Locale.ENGLISH)).isEqualTo(PartialDate.parse(text).display());
    }

    @Test
    void aYearOnlyDateIsNotTheFirstOfJanuary() {
        assertThat(PartialDate.parse("2016")).isNotEqualTo(PartialDate.parse("2016-01-01"));
        assertThat(PartialDate.parse("2016").display()).doesNotContain("Jan");
    }
}
