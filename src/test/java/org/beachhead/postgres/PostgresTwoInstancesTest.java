package org.beachhead.postgres;

import org.beachhead.BeachheadApplication;
import org.beachhead.corpus.CorpusHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the app on one PostgreSQL database, in the {@code postgres} profile as deployed
 * (docs/operations.md): a claim edited through one shows on the other's event page, which it had already
 * served and cached, within seconds. The edit is undone at the end, so the shared database serves the shipped
 * corpus again.
 */
@EnabledIf("org.beachhead.postgres.PostgresAvailable#configured")
class PostgresTwoInstancesTest {

    private static final String EVENT = "/events/letv-microsoft-cloud-deal";
    private static final String HEADLINE = "LeTV says it has closed a deal with Microsoft to build a global platform on Microsoft's cloud";
    private static final String SHOWN = "LeTV says it has closed a deal with Microsoft to build a global platform";
    private static final String EDITED = "LeTV says it has closed a deal with Microsoft (edited through the first PostgreSQL instance)";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anEditThroughOneInstanceShowsOnTheOther() throws Exception {
        try (ConfigurableApplicationContext first = start(); ConfigurableApplicationContext second = start()) {
            CorpusHistory history = first.getBean(CorpusHistory.class);
            int base = history.newest().orElseThrow().number();
            String text = history.curationText(base);
            assertThat(text).contains(HEADLINE);
            assertThat(get(second, EVENT)).contains(SHOWN);
            try {
                history.save(base, "postgres-test", "A headline edited through one instance", Map.of(history.curationFile(),
                        text.replace(HEADLINE, EDITED).getBytes(StandardCharsets.UTF_8)));

                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                String seen = get(second, EVENT);
                while (!seen.contains(EDITED) && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                    seen = get(second, EVENT);
                }
                assertThat(seen).contains(EDITED).doesNotContain(SHOWN);
            } finally {
                int newest = history.newest().orElseThrow().number();
                if (newest != base) {
                    history.restore(base, newest, "postgres-test", "Back to the shipped corpus");
                }
            }
        }
    }

    /** As arguments, which win over application.properties. */
    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(BeachheadApplication.class).run(
                "--server.port=0",
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + System.getenv(PostgresAvailable.URL_VARIABLE),
                "--spring.datasource.username=" + System.getenv().getOrDefault("BEACHHEAD_TEST_POSTGRES_USER", "postgres"),
                "--spring.datasource.password=" + System.getenv().getOrDefault("BEACHHEAD_TEST_POSTGRES_PASSWORD", ""),
                "--beachhead.corpus.watch-interval=500ms");
    }

    private String get(ConfigurableApplicationContext app, String path) throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }
}
