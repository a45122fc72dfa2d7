package org.beachhead.corpus;

import org.beachhead.BeachheadApplication;
import org.junit.jupiter.api.Test;
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
 * Two instances of the app on one database, as in production on PostgreSQL (here an in-memory H2 both
 * open by name): a save through one shows on the other's pages, whose page cache held the old answer.
 */
class TwoInstancesTest {

    private static final String DATABASE = "jdbc:h2:mem:two-instances;DB_CLOSE_DELAY=-1";
    private static final String EVENT = "/events/letv-microsoft-cloud-deal";
    private static final String HEADLINE = "LeTV says it has closed a deal with Microsoft to build a global platform on Microsoft's cloud";
    /** The headline as a page shows it: the apostrophe is escaped there. */
    private static final String SHOWN = "LeTV says it has closed a deal with Microsoft to build a global platform";
    private static final String EDITED = "LeTV says it has closed a deal with Microsoft (edited through the first instance)";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSaveThroughOneInstanceShowsOnTheOtherWithinSeconds() throws Exception {
        try (ConfigurableApplicationContext first = start(); ConfigurableApplicationContext second = start()) {
            assertThat(get(second, EVENT)).contains(SHOWN);

            CorpusHistory history = first.getBean(CorpusHistory.class);
            int newest = history.newest().orElseThrow().number();
            String text = history.curationText(newest);
            assertThat(text).contains(HEADLINE);
            history.save(newest, "test", "A headline edited", Map.of(history.curationFile(),
                    text.replace(HEADLINE, EDITED).getBytes(StandardCharsets.UTF_8)));
            assertThat(get(first, EVENT)).contains(EDITED);

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            String seen = get(second, EVENT);
            while (!seen.contains(EDITED) && System.nanoTime() < deadline) {
                Thread.sleep(100);
                seen = get(second, EVENT);
            }
            assertThat(seen).contains(EDITED).doesNotContain(SHOWN);
        }
    }

    private static ConfigurableApplicationContext start() {
        // As arguments, which win over application.properties (default properties would lose to its file database).
        return new SpringApplicationBuilder(BeachheadApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + DATABASE,
                "--beachhead.corpus.watch-interval=200ms");
    }

    private String get(ConfigurableApplicationContext app, String path) throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }
}
