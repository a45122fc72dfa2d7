package org.beachhead.corpus;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beachhead.corpus.TwoInstances.EVENT;
import static org.beachhead.corpus.TwoInstances.SHOWN;

/**
 * Two instances of the app on one database, as in production on PostgreSQL (here an in-memory H2 both
 * open by name): a save through one shows on the other's pages, whose page cache held the old answer.
 */
class TwoInstancesTest {

    private static final String DATABASE = "jdbc:h2:mem:two-instances;DB_CLOSE_DELAY=-1";
    private static final String EDITED = "LeTV says it has closed a deal with Microsoft (edited through the first instance)";

    @Test
    void aSaveThroughOneInstanceShowsOnTheOtherWithinSeconds() throws Exception {
        try (ConfigurableApplicationContext first = start(); ConfigurableApplicationContext second = start()) {
            assertThat(TwoInstances.get(second, EVENT)).contains(SHOWN);

            TwoInstances.editHeadline(first.getBean(CorpusHistory.class), EDITED, "test");
            assertThat(TwoInstances.get(first, EVENT)).contains(EDITED);

            assertThat(TwoInstances.awaitPage(second, EVENT, EDITED, Duration.ofSeconds(20)))
                    .contains(EDITED).doesNotContain(SHOWN);
        }
    }

    private static ConfigurableApplicationContext start() {
        return TwoInstances.start("--spring.datasource.url=" + DATABASE, "--beachhead.corpus.watch-interval=200ms");
    }
}
