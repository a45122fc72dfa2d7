package org.beachhead.postgres;

import org.beachhead.corpus.CorpusHistory;
import org.beachhead.corpus.TwoInstances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beachhead.corpus.TwoInstances.EVENT;
import static org.beachhead.corpus.TwoInstances.SHOWN;

/**
 * Two instances of the app on one PostgreSQL database, in the {@code postgres} profile as deployed
 * (docs/operations.md): a claim edited through one shows on the other's event page, which it had already
 * served and cached, within seconds. The edit is undone at the end, so the shared database serves the shipped
 * corpus again.
 */
@EnabledIf("org.beachhead.postgres.PostgresAvailable#configured")
class PostgresTwoInstancesTest {

    private static final String EDITED = "LeTV says it has closed a deal with Microsoft (edited through the first PostgreSQL instance)";

    @Test
    void anEditThroughOneInstanceShowsOnTheOther() throws Exception {
        try (ConfigurableApplicationContext first = start(); ConfigurableApplicationContext second = start()) {
            CorpusHistory history = first.getBean(CorpusHistory.class);
            assertThat(TwoInstances.get(second, EVENT)).contains(SHOWN);
            int base = history.newest().orElseThrow().number();
            try {
                TwoInstances.editHeadline(history, EDITED, "postgres-test");

                assertThat(TwoInstances.awaitPage(second, EVENT, EDITED, Duration.ofSeconds(30)))
                        .contains(EDITED).doesNotContain(SHOWN);
            } finally {
                int newest = history.newest().orElseThrow().number();
                if (newest != base) {
                    history.restore(base, newest, "postgres-test", "Back to the shipped corpus");
                }
            }
        }
    }

    private static ConfigurableApplicationContext start() {
        return TwoInstances.start(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + System.getenv(PostgresAvailable.URL_VARIABLE),
                "--spring.datasource.username=" + System.getenv().getOrDefault("BEACHHEAD_TEST_POSTGRES_USER", "postgres"),
                "--spring.datasource.password=" + System.getenv().getOrDefault("BEACHHEAD_TEST_POSTGRES_PASSWORD", ""),
                "--beachhead.corpus.watch-interval=500ms");
    }
}
