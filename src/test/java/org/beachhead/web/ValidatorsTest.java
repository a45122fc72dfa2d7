package org.beachhead.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValidatorsTest {

    private static final Instant MODIFIED = Instant.parse("2026-11-20T10:00:00Z");
    private static final Validators VALIDATORS = new Validators("\"tag1\"", MODIFIED, "public, no-cache",
            List.of("Accept-Language", "Cookie"));

    @ParameterizedTest
    @ValueSource(strings = {"\"tag1\"", "W/\"tag1\"", "\"other\", \"tag1\""})
    void aMatchingIfNoneMatchIsSatisfied(String header) {
        assertThat(VALIDATORS.satisfiedBy(request("If-None-Match", header))).isTrue();
    }

    @Test
    void anyRepresentationIsNotClaimedBeforeTheHandlerKnowsTheResourceExists() {
        assertThat(VALIDATORS.satisfiedBy(request("If-None-Match", "*"))).isFalse();
    }

    @Test
    void aDifferentTagIsNotSatisfiedEvenWhenTheDateWouldBe() {
        MockHttpServletRequest request = request("If-None-Match", "\"other\"");
        request.addHeader("If-Modified-Since", "Sat, 21 Nov 2026 10:00:00 GMT");

        assertThat(VALIDATORS.satisfiedBy(request)).isFalse();
    }

    @Test
    void ifModifiedSinceCountsOnlyWhenNotOlderThanTheLastChange() {
        assertThat(VALIDATORS.satisfiedBy(request("If-Modified-Since", "Fri, 20 Nov 2026 10:00:00 GMT"))).isTrue();
        assertThat(VALIDATORS.satisfiedBy(request("If-Modified-Since", "Fri, 20 Nov 2026 09:59:59 GMT"))).isFalse();
        assertThat(VALIDATORS.satisfiedBy(request("If-Modified-Since", "yesterday"))).isFalse();
        assertThat(VALIDATORS.satisfiedBy(new MockHttpServletRequest("GET", "/"))).isFalse();
    }

    @Test
    void headersAHandlerSetItselfWinAndVaryIsMerged() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Vary", "Origin, Cookie");

        VALIDATORS.applyTo(response);

        assertThat(response.getHeader("ETag")).isEqualTo("\"tag1\"");
        assertThat(response.getDateHeader("Last-Modified")).isEqualTo(MODIFIED.toEpochMilli());
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getHeaders("Vary")).containsExactly("Origin, Cookie, Accept-Language");
    }

    private static MockHttpServletRequest request(String header, String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader(header, value);
        return request;
    }
}
