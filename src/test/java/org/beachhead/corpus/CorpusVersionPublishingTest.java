package org.beachhead.corpus;

import org.beachhead.web.CorpusVersionHolder;
import org.beachhead.web.LoadedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every import tells the web layer which corpus is loaded, so HTTP validators follow a re-import. */
@DataJpaTest(showSql = false)
@Import({CorpusImporter.class, CorpusVersionHolder.class})
class CorpusVersionPublishingTest {

    @Autowired
    CorpusImporter importer;

    @Autowired
    CorpusVersionHolder versions;

    @TempDir
    Path folder;

    @Test
    void theHolderFollowsEveryImport() {
        assertThat(versions.corpus()).isEmpty();

        ImportOutcome first = importer.importCorpus(FixtureCorpus.VALID, FixtureCorpus.FILE);
        LoadedCorpus loaded = versions.corpus().orElseThrow();
        assertThat(loaded.contentHash()).isEqualTo(first.contentHash());
        String firstTag = versions.current().orElseThrow().entityTag("/timeline\nen\n");

        FixtureCorpus.copyTo(folder);
        FixtureCorpus.edit(folder, "headline: \"Beta Media in talks with Netflix\"", "headline: \"Beta Media negotiates with Netflix\"");
        ImportOutcome second = importer.importCorpus(folder, FixtureCorpus.FILE);

        assertThat(second.contentHash()).isNotEqualTo(first.contentHash());
        assertThat(versions.corpus().orElseThrow().contentHash()).isEqualTo(second.contentHash());
        assertThat(versions.current().orElseThrow().entityTag("/timeline\nen\n")).isNotEqualTo(firstTag);
    }
}
