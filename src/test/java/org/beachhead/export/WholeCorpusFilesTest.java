package org.beachhead.export;

import jakarta.persistence.EntityManagerFactory;
import org.beachhead.corpus.CorpusImporter;
import org.beachhead.corpus.FixtureCorpus;
import org.beachhead.deal.DealQueries;
import org.beachhead.deal.DealService;
import org.beachhead.timeline.EventCards;
import org.beachhead.timeline.EventLinkIndex;
import org.beachhead.timeline.CorpusCounts;
import org.beachhead.timeline.EventQueries;
import org.beachhead.web.CacheConfiguration;
import org.beachhead.web.CorpusVersionHolder;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole-corpus download is written once per import, for the corpus that import loaded, and then read from its file. */
@DataJpaTest(showSql = false, properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Import({CorpusImporter.class, CorpusVersionHolder.class, CacheConfiguration.class, DatasetExporter.class, ExportService.class, WholeCorpusFiles.class, EventQueries.class, CorpusCounts.class,
        EventCards.class, EventLinkIndex.class, DealService.class, DealQueries.class})
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
class WholeCorpusFilesTest {


    @Autowired
    CorpusImporter importer;

    @Autowired
    WholeCorpusFiles files;

    @Autowired
    JsonMapper json;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @TempDir
    Path edited;

    @Test
    void theDatasetIsWrittenOnceForEachImportThatChangesTheCorpus() throws IOException {
        String first = importer.importCorpus(FixtureCorpus.VALID, FixtureCorpus.FILE).contentHash();
        Path written = files.file(WholeCorpusFiles.Download.DATASET_JSON);

        assertThat(statementsOf(() -> files.file(WholeCorpusFiles.Download.DATASET_JSON))).isZero();
        assertThat(contentHash(written)).isEqualTo(first);
        importer.importCorpus(FixtureCorpus.VALID, FixtureCorpus.FILE);
        assertThat(statementsOf(() -> files.file(WholeCorpusFiles.Download.DATASET_JSON)))
                .as("the same content imported again keeps the file").isZero();

        FixtureCorpus.edit(FixtureCorpus.copyTo(edited), "headline: \"Alpha signs with Netflix\"", "headline: \"Alpha signs again\"");
        String second = importer.importCorpus(edited, FixtureCorpus.FILE).contentHash();
        Path rewritten = files.file(WholeCorpusFiles.Download.DATASET_JSON);

        assertThat(second).isNotEqualTo(first);
        assertThat(contentHash(rewritten)).isEqualTo(second);
        assertThat(Files.readString(rewritten)).contains("Alpha signs again");
        assertThat(written).as("the previous corpus's file is deleted").doesNotExist();
    }

    private String contentHash(Path dataset) throws IOException {
        return json.readTree(Files.readAllBytes(dataset)).get("contentHash").asString();
    }

    private long statementsOf(Supplier<Path> request) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long before = statistics.getPrepareStatementCount();
        request.get();
        return statistics.getPrepareStatementCount() - before;
    }
}
