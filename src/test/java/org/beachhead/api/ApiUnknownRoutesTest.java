package org.beachhead.api;

import org.beachhead.web.PageTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Under /api even an address or a method nothing answers gets a problem detail, not a page or Boot's JSON. */
class ApiUnknownRoutesTest extends PageTest {

    @ParameterizedTest
    @CsvSource({
            "GET,    /api/v1/nope,             404, There is no API resource at /api/v1/nope",
            "GET,    /api/v2/events,           404, There is no API resource at /api/v2/events",
            "POST,   /api/v1/events,           405, The method POST is not allowed here",
            "DELETE, /api/v1/partners/wasu,    405, The method DELETE is not allowed here"
    })
    void answersWithAProblemDetail(String method, String path, int status, String detail) {
        HttpResponse<byte[]> response = send(HttpClient.newHttpClient(), method, path);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)).contains(detail);
    }

    @ParameterizedTest
    @CsvSource({"GET, /no/such/page, 404", "POST, /timeline, 405"})
    void pagesKeepTheirHtmlErrorPages(String method, String path, int status) {
        HttpResponse<byte[]> response = send(HttpClient.newHttpClient(), method, path);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    }
}
