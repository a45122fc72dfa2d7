package org.beachhead.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The same bad request answers a browser with a page and a JSON client with a problem detail. */
class ErrorNegotiationTest extends PageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/partners/nobody         | application/json                  | 404 | application/problem+json | There is no partner with the slug 'nobody'",
            "/timeline?from=abc       | application/problem+json          | 400 | application/problem+json | Parameter from: 'abc' is not a year",
            "/no/such/page            | application/json                  | 404 | application/problem+json | There is no page at /no/such/page",
            "/partners/nobody         | text/html,application/json;q=0.9  | 404 | text/html                | There is no partner with the slug",
            "/timeline?from=abc       | */*                               | 400 | text/html                | Parameter from",
            "/timeline?from=abc       | not a media type                  | 400 | text/html                | Parameter from"
    })
    void answersInTheFormTheClientAsksFor(String path, String accept, int status, String type, String message) {
        HttpResponse<byte[]> response = request(path, "Accept", accept);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(value -> assertThat(value).startsWith(type));
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains(message);
    }
}
