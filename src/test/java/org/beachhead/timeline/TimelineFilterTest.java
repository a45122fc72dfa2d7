package org.beachhead.timeline;

import org.beachhead.model.EventKind;
import org.beachhead.common.BadParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimelineFilterTest {

    @Test
    void readsRepeatedAndCommaSeparatedPartners() {
        TimelineFilter filter = TimelineFilter.parse(List.of("wasu,letv", "iqiyi", "letv"), List.of("talks"), "2014", "2017", "newest");

        assertThat(filter.partners()).containsExactly("wasu", "letv", "iqiyi");
        assertThat(filter.kinds()).containsExactly(EventKind.TALKS);
        assertThat(filter.from()).isEqualTo(2014);
        assertThat(filter.to()).isEqualTo(2017);
        assertThat(filter.newestFirst()).isTrue();
    }

    @Test
    void writesItselfBackAsACitableLink() {
        TimelineFilter filter = TimelineFilter.parse(List.of("wasu", "letv"), List.of("market-figure"), "2015", null, "newest");

        assertThat(filter.href()).isEqualTo("/timeline?partner=wasu&partner=letv&kind=market-figure&from=2015&order=newest");
        assertThat(filter.togglePartner("wasu").href()).isEqualTo("/timeline?partner=letv&kind=market-figure&from=2015&order=newest");
        assertThat(filter.cleared().href()).isEqualTo("/timeline?order=newest");
        assertThat(TimelineFilter.NONE.href()).isEqualTo("/timeline");
    }

    @Test
    void blankParametersMeanNoFilter() {
        TimelineFilter filter = TimelineFilter.parse(List.of(""), List.of(" "), "", " ", "");

        assertThat(filter.isEmpty()).isTrue();
        assertThat(filter.newestFirst()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "from  | abc    | 2017 | oldest | error.parameter.year          | abc",
            "from  | 15     | 2017 | oldest | error.parameter.year          | 15",
            "to    | 2015   | 2o17 | oldest | error.parameter.year          | 2o17",
            "to    | 2015   | -1   | oldest | error.parameter.year          | -1",
            "from  | 2018   | 2015 | oldest | error.parameter.from-after-to | 2018",
            "order | 2015   | 2016 | random | error.parameter.order         | random"
    })
    void rejectsMalformedYearsAndOrdersNamingTheParameter(String parameter, String from, String to, String order,
                                                          String reason, String offendingValue) {
        assertThatThrownBy(() -> TimelineFilter.parse(null, null, from, to, order))
                .isInstanceOfSatisfying(BadParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo(parameter);
                    assertThat(e.reasonCode()).isEqualTo(reason);
                    assertThat(e.reasonArguments()[0]).isEqualTo(offendingValue);
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "partner | Wasu Media  | ",
            "partner | ../etc      | ",
            "kind    |             | rumour",
            "kind    |             | DEAL"
    })
    void rejectsMalformedPartnersAndUnknownKinds(String parameter, String partner, String kind) {
        assertThatThrownBy(() -> TimelineFilter.parse(partner == null ? null : List.of(partner),
                kind == null ? null : List.of(kind), null, null, null))
                .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.parameter()).isEqualTo(parameter));
    }
}
