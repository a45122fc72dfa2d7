package org.beachhead.timeline;

import org.beachhead.common.BadParameterException;
import org.beachhead.common.QueryParameters;
import org.beachhead.common.QueryParameters.Codes;
import org.beachhead.common.QueryParameters.Order;
import org.beachhead.common.QueryParameters.Slugs;
import org.beachhead.model.Certainty;
import org.beachhead.model.EventKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.TypeDescriptor;

import java.time.Year;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimelineFilterTest {

    private static final TypeDescriptor KINDS =
            new TypeDescriptor(ResolvableType.forClassWithGenerics(Codes.class, EventKind.class), null, null);

    @Test
    @SuppressWarnings("unchecked")
    void readsRepeatedAndCommaSeparatedPartners() {
        TimelineFilter filter = TimelineFilter.of(read(new String[]{"wasu,letv", "iqiyi", "letv"}, Slugs.class),
                (Codes<EventKind>) read("talks", KINDS), null, read("2014", Year.class), read("2017", Year.class),
                read("newest", Order.class));

        assertThat(filter.partners()).containsExactly("wasu", "letv", "iqiyi");
        assertThat(filter.kinds()).containsExactly(EventKind.TALKS);
        assertThat(filter.from()).isEqualTo(2014);
        assertThat(filter.to()).isEqualTo(2017);
        assertThat(filter.newestFirst()).isTrue();
    }

    @Test
    void writesItselfBackAsACitableLink() {
        TimelineFilter filter = new TimelineFilter(List.of("wasu", "letv"), List.of(EventKind.MARKET_FIGURE), 2015, null, true);

        assertThat(filter.href()).isEqualTo("/timeline?partner=wasu&partner=letv&kind=market-figure&from=2015&order=newest");
        assertThat(filter.togglePartner("wasu").href()).isEqualTo("/timeline?partner=letv&kind=market-figure&from=2015&order=newest");
        assertThat(filter.cleared().href()).isEqualTo("/timeline?order=newest");
        assertThat(TimelineFilter.NONE.href()).isEqualTo("/timeline");
        assertThat(filter.toggleCertainty(Certainty.UNNAMED_SOURCES).href())
                .isEqualTo("/timeline?partner=wasu&partner=letv&kind=market-figure&certainty=unnamed-sources&from=2015&order=newest");
    }

    @Test
    @SuppressWarnings("unchecked")
    void blankParametersMeanNoFilter() {
        TimelineFilter filter = TimelineFilter.of(read("", Slugs.class), (Codes<EventKind>) read(" ", KINDS), null,
                read("", Year.class), read(" ", Year.class), read("", Order.class));

        assertThat(filter.isEmpty()).isTrue();
        assertThat(filter.newestFirst()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abc    | java.time.Year | error.parameter.year",
            "15     | java.time.Year | error.parameter.year",
            "2o17   | java.time.Year | error.parameter.year",
            "-1     | java.time.Year | error.parameter.year",
            "random | org.beachhead.common.QueryParameters$Order | error.parameter.order",
            "NEWEST | org.beachhead.common.QueryParameters$Order | error.parameter.order",
            "Wasu Media | org.beachhead.common.QueryParameters$Slugs | error.parameter.slug",
            "../etc | org.beachhead.common.QueryParameters$Slugs | error.parameter.slug"
    })
    void rejectsMalformedYearsOrdersAndSlugsGivingTheReason(String value, Class<?> type, String reason) {
        assertThatThrownBy(() -> read(value, type))
                .isInstanceOfSatisfying(BadParameterException.class, e -> {
                    assertThat(e.reasonCode()).isEqualTo(reason);
                    assertThat(e.reasonArguments().get(0)).isEqualTo(value);
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"rumour", "DEAL", "deal,Talks", "%00"})
    void rejectsAnythingButTheLowerCaseCodesOfKinds(String value) {
        assertThatThrownBy(() -> read(value, KINDS))
                .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.reasonCode()).isEqualTo("error.parameter.code"));
    }

    @Test
    void refusesAFromAfterTo() {
        assertThatThrownBy(() -> TimelineFilter.of(null, null, null, Year.of(2018), Year.of(2015), null))
                .isInstanceOfSatisfying(BadParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("from");
                    assertThat(e.reasonCode()).isEqualTo("error.parameter.from-after-to");
                });
    }

    private static <T> T read(Object value, Class<T> type) {
        return type.cast(read(value, TypeDescriptor.valueOf(type)));
    }

    private static Object read(Object value, TypeDescriptor type) {
        return new QueryParameters().convert(value, TypeDescriptor.forObject(value), type);
    }
}
