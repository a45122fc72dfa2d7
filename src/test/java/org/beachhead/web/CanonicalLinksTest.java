package org.beachhead.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Absolute links (permalinks, "cite this event", feeds, citations, the OpenAPI servers) come from
 * the configured base URL: a request with a forged Host gets only canonical links, and leaves only
 * those for the visitors after it, who are sent the answer it rendered.
 */
class CanonicalLinksTest extends PageTest {

    private static final String ATTACKER = "attacker.example";

    static Stream<Arguments> forgedRequests() {
        return Stream.of("/events/letv-microsoft-cloud-deal", "/feed.atom", "/partners/letv/feed.atom", "/v3/api-docs",
                        "/sources/blog-2015-netflix-letv-talks/cite.bib", "/sources/blog-2015-netflix-letv-talks/cite.json")
                .flatMap(path -> Stream.of(Arguments.of(path, "Host: " + ATTACKER),
                        Arguments.of(path, "Host: localhost\r\nX-Forwarded-Host: " + ATTACKER + "\r\nX-Forwarded-Proto: https"),
                        Arguments.of(path, "Host: localhost\r\nForwarded: host=" + ATTACKER + ";proto=https")));
    }

    @ParameterizedTest
    @MethodSource("forgedRequests")
    void aForgedHostReachesNoLinkOfItsOwnAnswerNorOfLaterVisitors(String path, String forgedHeaders) {
        forgetWhatIsKept(events, versions); // the forged request renders first, so its answer is the one kept

        String forged = send(path, forgedHeaders);
        assertThat(forged).startsWith("HTTP/1.1 200");
        String forgedBody = forged.substring(forged.indexOf("\r\n\r\n") + 4);
        assertThat(forgedBody).contains(SITE).doesNotContain(ATTACKER);

        String later = new String(request(path).body(), StandardCharsets.UTF_8);
        assertThat(later).contains(SITE).doesNotContain(ATTACKER).isEqualTo(forgedBody);
    }

    /** HTTP/1.0 over a socket: Java's HTTP client will not send a Host of our choosing, and 1.0 answers are not chunked. */
    private String send(String path, String headers) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000); // the first /v3/api-docs builds the whole document: slow on a loaded machine
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.0\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(received);
            return received.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
