package org.beachhead.visual;

import org.beachhead.common.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimeScaleTest {

    /** 2013 to 2022: ten years of 100 units each. */
    private final TimeScale scale = new TimeScale(2013, 2022, 0, 1000);

    @ParameterizedTest
    @CsvSource({
            "2015-01-31, 2015-02-01",
            "2015-03, 2015-04",
            "2015-12, 2016-01",
            "2015-12-31, 2016-01-01",
            "2015, 2016",
            "c. 2015-05, c. 2016-08",
            "2016-12-31, 2017",
            "2016, 2017-01-01",
            "2013-01-01, 2022-12-31"
    })
    void laterDatesAreFurtherRight(String earlier, String later) {
        assertThat(scale.x(PartialDate.parse(earlier))).isLessThan(scale.x(PartialDate.parse(later)));
    }

    @ParameterizedTest
    @CsvSource({"2016", "c. 2016"})
    void aYearOnlyDateSitsInTheMiddleOfItsYear(String date) {
        assertThat(scale.x(PartialDate.parse(date))).isCloseTo(350, within(0.001));
    }

    @ParameterizedTest
    @CsvSource({
            "2016-01, 300, 308.4",
            "2016-03, 316.6, 325",
            "2016-06, 341.6, 350",
            "2016-07, 350, 358.4",
            "2016-12, 391.6, 400"
    })
    void aMonthSitsInsideItsMonthOfTheYearSoBeforeOrAfterTheYearOnlyDate(String month, double from, double to) {
        double x = scale.x(PartialDate.parse(month));
        double yearOnly = scale.x(PartialDate.parse("2016"));

        assertThat(x).isBetween(from, to);
        assertThat(x < yearOnly).isEqualTo(PartialDate.parse(month).month() <= 6);
    }

    @ParameterizedTest
    @CsvSource({"2016-02, 2016-02-01, 2016-02-29", "2016-03, 2016-03-01, 2016-03-31", "2017-08, 2017-08-01, 2017-08-31"})
    void aMonthSitsBetweenItsFirstAndLastDays(String month, String firstDay, String lastDay) {
        assertThat(scale.x(PartialDate.parse(month)))
                .isGreaterThan(scale.x(PartialDate.parse(firstDay)))
                .isLessThan(scale.x(PartialDate.parse(lastDay)));
    }
    @ParameterizedTest
    @CsvSource({"2017-12-31, 2023", "2017, c. 2023-01", "2013-01-01, 2023-12-31"})
    void emptyYearsAreNarrowAndDatesKeepTheirOrder(String earlier, String later) {
        TimeScale compressed = new TimeScale(2013, 2023, 0, 1000, Set.of(2018, 2019, 2020, 2021, 2022));

        assertThat(compressed.yearWidth(2019)).isCloseTo(TimeScale.EMPTY_YEAR * compressed.yearWidth(2017), within(0.001));
        assertThat(compressed.yearStart(2023) - compressed.yearStart(2018)).isLessThan(compressed.yearWidth(2017));
        assertThat(compressed.yearStart(2023) + compressed.yearWidth(2023)).isCloseTo(1000, within(0.001));
        assertThat(compressed.x(PartialDate.parse(earlier))).isLessThan(compressed.x(PartialDate.parse(later)));
    }
}
