package org.beachhead.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests no well-behaved client sends (broken percent-encoding, invalid UTF-8, wrong methods and
 * content types), written byte for byte on a socket so that no client library tidies them first.
 * Each gets a 4xx and never a stack trace, SQL or an echo of unescaped markup.
 */
class MalformedRequestTest extends PageTest {

    private static final List<String> ROUTES = List.of("/", "/timeline", "/partners", "/partners/wasu", "/events/netflix-wasu-talks",
            "/deals", "/titles/bardo", "/regulators/sapprft", "/people/ted-sarandos", "/sources", "/search", "/map",
            "/timeline/chart");

    static Stream<Arguments> malformedRequests() {
        List<Arguments> requests = new ArrayList<>();
        for (String route : ROUTES) {
            requests.add(Arguments.of("GET " + route + "?partner=%ZZ HTTP/1.1", ""));
            requests.add(Arguments.of("GET " + route + "?q=%C3%28%FF HTTP/1.1", ""));
            requests.add(Arguments.of("GET " + route + "?from=%E0%80%AF HTTP/1.1", ""));
            requests.add(Arguments.of("POST " + route + " HTTP/1.1", "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\n\r\npartner"));
            requests.add(Arguments.of("DELETE " + route + " HTTP/1.1", ""));
            requests.add(Arguments.of("PUT " + route + " HTTP/1.1", "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"));
        }
        requests.add(Arguments.of("GET /partners/%2e%2e%2f%2e%2e%2fetc%2fpasswd HTTP/1.1", ""));
        requests.add(Arguments.of("GET /events/%3Cscript%3Ealert(1)%3C%2Fscript%3E HTTP/1.1", ""));
        requests.add(Arguments.of("GET /timeline?partner=<script>alert(1)</script> HTTP/1.1", ""));
        return requests.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRequests")
    void answersAClearClientErrorWithoutLeakingInternals(String requestLine, String rest) throws IOException {
        String response = send(requestLine, rest);
        int status = Integer.parseInt(response.substring(9, 12));

        assertThat(status).as(requestLine).isBetween(400, 499);
        assertThat(response).as(requestLine).doesNotContain("Exception").doesNotContain("at org.")
                .doesNotContain("SQL").doesNotContain("<script>alert(1)</script>").doesNotContainIgnoringCase("tomcat");
    }

    private String send(String requestLine, String rest) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String headers = "Host: localhost\r\nConnection: close\r\nAccept: text/html\r\n";
            String request = requestLine + "\r\n" + headers + (rest.isEmpty() ? "\r\n" : rest);
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            return received.toString(StandardCharsets.UTF_8);
        }
    }
}
