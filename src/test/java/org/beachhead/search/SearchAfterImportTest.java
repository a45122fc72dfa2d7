package org.beachhead.search;

import jakarta.persistence.EntityManagerFactory;
import org.beachhead.corpus.CorpusImporter;
import org.beachhead.corpus.FixtureCorpus;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index is built when a corpus is imported, on a thread of its own (so the import is committed, as in the
 * app), and a search costs at most one statement (the corpus version, read at most once a second) before and after.
 */
@DataJpaTest(showSql = false, properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Import({CorpusImporter.class, SearchDocuments.class, SearchService.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SearchAfterImportTest {

    @Autowired
    CorpusImporter importer;

    @Autowired
    SearchService search;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @TempDir
    Path folder;

    @Test
    void aSearchOnlyChecksTheVersionAndFindsTheNewWordsOnceTheNewIndexIsBuilt() throws InterruptedException {
        importer.importCorpus(FixtureCorpus.VALID, FixtureCorpus.FILE);
        assertThat(search.search("talks").groups()).isNotEmpty(); // the first search waits for the first index

        assertThat(statementsOf("negotiates")).isLessThanOrEqualTo(1);
        Thread.sleep(1100);
        assertThat(statementsOf("negotiates")).isEqualTo(1);
        assertThat(statementsOf("negotiates")).isZero(); // checked a moment ago
        assertThat(search.search("negotiates").groups()).isEmpty();
        assertThat(search.search("talks").groups()).isNotEmpty();

        FixtureCorpus.edit(FixtureCorpus.copyTo(folder), "headline: \"Beta Media in talks with Netflix\"",
                "headline: \"Beta Media negotiates with Netflix\"");
        importer.importCorpus(folder, FixtureCorpus.FILE);
        for (int tries = 0; tries < 100 && search.search("negotiates").groups().isEmpty(); tries++) {
            Thread.sleep(100); // the previous index answers while the new one is built
        }

        assertThat(statementsOf("negotiates")).isLessThanOrEqualTo(1);
        assertThat(search.search("negotiates").groups()).singleElement()
                .satisfies(group -> assertThat(group.kind()).isEqualTo(ResultKind.EVENTS));
    }

    private long statementsOf(String query) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long before = statistics.getPrepareStatementCount();
        search.search(query);
        return statistics.getPrepareStatementCount() - before;
    }
}
