package org.beachhead.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.HandlerMapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ConditionalRequestsTest {

    private static final ContentVersion VERSION = new ContentVersion("abc", Instant.parse("2026-11-20T10:00:00Z"),
            Instant.parse("2026-11-20T09:00:00Z"), LocalDate.of(2026, 11, 20));

    @Test
    void acceptIsIgnoredWhereTheMappingAnswersOneMediaType() {
        Validators html = ConditionalRequests.validatorsFor(request("text/html"), VERSION);
        Validators any = ConditionalRequests.validatorsFor(request("*/*"), VERSION);

        assertThat(html.entityTag()).isEqualTo(any.entityTag());
        assertThat(html.vary()).containsExactly("Accept-Language", "Cookie");
    }

    @Test
    void acceptIsPartOfTheRepresentationWhereTheMappingNegotiates() {
        MockHttpServletRequest json = request("application/json");
        MockHttpServletRequest csv = request("text/csv");
        Set<MediaType> produces = Set.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType("text/csv"));
        json.setAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE, produces);
        csv.setAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE, produces);

        Validators asJson = ConditionalRequests.validatorsFor(json, VERSION);

        assertThat(asJson.entityTag()).isNotEqualTo(ConditionalRequests.validatorsFor(csv, VERSION).entityTag());
        assertThat(asJson.vary()).containsExactly("Accept-Language", "Cookie", "Accept");
    }

    @Test
    void theLanguageAndTheQueryArePartOfTheRepresentation() {
        MockHttpServletRequest chinese = request("text/html");
        chinese.addPreferredLocale(Locale.SIMPLIFIED_CHINESE);
        MockHttpServletRequest filtered = request("text/html");
        filtered.setQueryString("partner=wasu");

        String english = ConditionalRequests.validatorsFor(request("text/html"), VERSION).entityTag();

        assertThat(ConditionalRequests.validatorsFor(chinese, VERSION).entityTag()).isNotEqualTo(english);
        assertThat(ConditionalRequests.validatorsFor(filtered, VERSION).entityTag()).isNotEqualTo(english);
    }

    @Test
    void noAnswerIsPersonal() {
        assertThat(ConditionalRequests.validatorsFor(request("text/html"), VERSION).cacheControl()).isEqualTo("public, no-cache");
    }

    private static MockHttpServletRequest request(String accept) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/timeline");
        request.addHeader("Accept", accept);
        return request;
    }
}
