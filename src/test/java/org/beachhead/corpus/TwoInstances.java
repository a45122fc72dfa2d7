package org.beachhead.corpus;

import org.beachhead.BeachheadApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the app on one database, and the edit the two-instance tests make through the first: a claim's
 * headline, saved as a new version, to be looked for on the second's page of that claim.
 */
public final class TwoInstances {

    public static final String EVENT = "/events/letv-microsoft-cloud-deal";
    public static final String HEADLINE = "LeTV says it has closed a deal with Microsoft to build a global platform on Microsoft's cloud";
    /** The headline as a page shows it: the apostrophe is escaped there. */
    public static final String SHOWN = "LeTV says it has closed a deal with Microsoft to build a global platform";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TwoInstances() {
    }

    /** An instance on a free port; as arguments, which win over application.properties (its file database). */
    public static ConfigurableApplicationContext start(String... arguments) {
        return new SpringApplicationBuilder(BeachheadApplication.class)
                .run(Stream.concat(Stream.of("--server.port=0"), Stream.of(arguments)).toArray(String[]::new));
    }

    /** Saves the newest version with the claim's headline replaced by {@code edited}; gives the version it replaced. */
    public static int editHeadline(CorpusHistory history, String edited, String author) {
        int base = history.newest().orElseThrow().number();
        String text = history.curationText(base);
        assertThat(text).contains(HEADLINE);
        history.save(base, author, "A headline edited through one instance", Map.of(history.curationFile(),
                text.replace(HEADLINE, edited).getBytes(StandardCharsets.UTF_8)));
        return base;
    }

    /** The page, asked for again until it contains {@code expected} or {@code patience} runs out. */
    public static String awaitPage(ConfigurableApplicationContext app, String path, String expected, Duration patience)
            throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        String seen = get(app, path);
        while (!seen.contains(expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            seen = get(app, path);
        }
        return seen;
    }

    public static String get(ConfigurableApplicationContext app, String path) throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }
}
