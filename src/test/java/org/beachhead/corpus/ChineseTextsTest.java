package org.beachhead.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChineseTextsTest {

    @TempDir
    Path folder;

    /** The fixture is the valid corpus's curation file with three Chinese texts left out. */
    @Test
    void aMissingChineseTextIsRefusedNamingTheFileTheLineAndTheField() throws IOException {
        FixtureCorpus.copyTo(folder);
        Files.copy(Path.of("src/test/resources/corpus/missing-chinese.yaml"), folder.resolve(FixtureCorpus.FILE),
                StandardCopyOption.REPLACE_EXISTING);
        String file = folder.resolve(FixtureCorpus.FILE).toString();

        assertThatThrownBy(() -> CorpusVerifier.verify(folder, FixtureCorpus.FILE))
                .isInstanceOfSatisfying(CorpusException.class, e -> assertThat(e.problems())
                        .extracting(CorpusProblem::toString)
                        .containsExactlyInAnyOrder(
                                file + ", line 46, person 'alpha-spokesperson': 'role_zh' is missing: the Chinese text of 'role'",
                                file + ", line 75, deal 'alpha-licensing': 'chinese_name' is missing: the Chinese text of 'name'",
                                file + ", line 98, event 'alpha-deal-signed': 'headline_zh' is missing: the Chinese text of 'headline'"));
    }

    @Test
    void theShippedCorpusHasEveryChineseText() {
        assertThat(CorpusVerifier.verify(Path.of("seeds"), FixtureCorpus.FILE).curation().events())
                .allSatisfy(event -> assertThat(event.headlineZh()).isNotBlank());
    }
}
