package org.beachhead.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Issue 15: a curation file cut short is told as such, an article is loaded only with the bytes
 * its manifest line gives, and one broken article is one problem, not a cascade.
 */
class CorpusFilesCheckTest {

    @TempDir
    Path folder;

    @Test
    void aFileCutAtALineBoundaryIsReportedAsTruncatedAndNothingElse() throws IOException {
        FixtureCorpus.copyTo(folder);
        Path curation = folder.resolve(FixtureCorpus.FILE);
        String text = Files.readString(curation);
        // Cut inside an entry, where the parser would otherwise complain of a missing key.
        Files.writeString(curation, text.substring(0, text.indexOf("    kind: deal\n")));

        assertThatThrownBy(() -> CorpusVerifier.verify(folder, FixtureCorpus.FILE))
                .isInstanceOfSatisfying(CorpusException.class, e -> assertThat(e.problems()).hasSize(1))
                .hasMessageContaining("the file is truncated")
                .hasMessageNotContaining("is missing");
    }

    @Test
    void aFileCutBeforeItsEventsIsReportedAsTruncated() throws IOException {
        FixtureCorpus.copyTo(folder);
        Path curation = folder.resolve(FixtureCorpus.FILE);
        String text = Files.readString(curation);
        Files.writeString(curation, text.substring(0, text.indexOf("events:\n")));

        assertThatThrownBy(() -> CorpusVerifier.verify(folder, FixtureCorpus.FILE))
                .isInstanceOfSatisfying(CorpusException.class, e -> assertThat(e.problems()).hasSize(1))
                .hasMessageContaining("truncated");
    }

    @Test
    void anEmptiedFileIsRefused() throws IOException {
        FixtureCorpus.copyTo(folder);
        Files.writeString(folder.resolve(FixtureCorpus.FILE), "");

        assertThatThrownBy(() -> CorpusVerifier.verify(folder, FixtureCorpus.FILE)).hasMessageContaining("the file is empty");
    }

    @Test
    void anInventedSentenceOutsideAnyQuoteIsRefusedNamingTheFileAndBothHashes() throws IOException {
        FixtureCorpus.copyTo(folder);
        Path essay = folder.resolve("essay.txt");
        String captured = CorpusVerifier.sha256Hex(Files.readAllBytes(essay));
        Files.writeString(essay, Files.readString(essay) + "Netflix also bought the moon.\n");
        String altered = CorpusVerifier.sha256Hex(Files.readAllBytes(essay));

        assertThatThrownBy(() -> CorpusVerifier.verify(folder, FixtureCorpus.FILE))
                .isInstanceOfSatisfying(CorpusException.class, e -> assertThat(e.problems()).hasSize(1))
                .hasMessageContaining(essay.toString())
                .hasMessageContaining("SHA-256 is " + altered)
                .hasMessageContaining("says " + captured);
    }

    @Test
    void windowsLineEndingsOrAByteOrderMarkAreAnAlteredArticleToo() throws IOException {
        FixtureCorpus.copyTo(folder);
        Path alpha = folder.resolve("alpha.txt");
        Files.writeString(alpha, Files.readString(alpha).replace("\n", "\r\n"));
        Path essay = folder.resolve("essay.txt");
        byte[] text = Files.readAllBytes(essay);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(essay, withBom);

        assertThatThrownBy(() -> CorpusVerifier.verify(folder, FixtureCorpus.FILE))
                .isInstanceOfSatisfying(CorpusException.class, e -> assertThat(e.problems()).hasSize(2)
                        .allMatch(problem -> problem.problem().contains("differs from the file as captured")));
    }

    @Test
    void aCorpusWithoutItsManifestIsRefused() throws IOException {
        FixtureCorpus.copyTo(folder);
        Files.delete(folder.resolve("MANIFEST.sha256"));

        assertThatThrownBy(() -> CorpusVerifier.verify(folder, FixtureCorpus.FILE))
                .isInstanceOfSatisfying(CorpusException.class, e -> assertThat(e.problems()).hasSize(1))
                .hasMessageContaining("MANIFEST.sha256: the manifest is missing");
    }

    @Test
    void aGarbledManifestIsOneProblemNamingItsLine() throws IOException {
        FixtureCorpus.copyTo(folder);
        Path manifest = folder.resolve("MANIFEST.sha256");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("^[0-9a-f]{64}", "not-a-hash"));

        assertThatThrownBy(() -> CorpusVerifier.verify(folder, FixtureCorpus.FILE))
                .isInstanceOfSatisfying(CorpusException.class, e -> assertThat(e.problems()).hasSize(1))
                .hasMessageContaining("MANIFEST.sha256, line 1")
                .hasMessageContaining("as sha256sum writes it");
    }

    @Test
    void aNewArticleNeedsItsManifestLine() throws IOException {
        FixtureCorpus.copyTo(folder);
        Path manifest = folder.resolve("MANIFEST.sha256");
        Files.writeString(manifest, Files.readString(manifest).lines().filter(line -> !line.endsWith("essay.txt"))
                .map(line -> line + "\n").reduce("", String::concat));

        assertThatThrownBy(() -> CorpusVerifier.verify(folder, FixtureCorpus.FILE))
                .hasMessageContaining("essay.txt: the article has no line in MANIFEST.sha256; its SHA-256 is "
                        + CorpusVerifier.sha256Hex(Files.readAllBytes(folder.resolve("essay.txt"))));
    }

    @Test
    void anArticleThatIsNotUtf8IsOneProblemWithoutUnknownArticleCascades() throws IOException {
        FixtureCorpus.copyTo(folder);
        Path alpha = folder.resolve("alpha.txt");
        Files.write(alpha, Files.readString(alpha).replace("Beijing", "Beijing\u00e9").getBytes(StandardCharsets.ISO_8859_1));
        FixtureCorpus.rehash(folder);

        assertThatThrownBy(() -> CorpusVerifier.verify(folder, FixtureCorpus.FILE))
                .isInstanceOfSatisfying(CorpusException.class, e -> assertThat(e.problems()).hasSize(1))
                .hasMessageContaining("alpha.txt, line 6: the file is not valid UTF-8: byte ")
                .hasMessageContaining(" is 0xe9")
                .hasMessageNotContaining("unknown article");
    }

    @Test
    void theFirstStartRefusesAnAlteredArticle() throws IOException {
        FixtureCorpus.copyTo(folder);
        Path essay = folder.resolve("essay.txt");
        Files.writeString(essay, Files.readString(essay) + "Invented.\n");
        CorpusImporter importer = mock(CorpusImporter.class);
        when(importer.importVerified(any())).thenAnswer(call -> call.<Supplier<VerifiedCorpus>>getArgument(0).get());
        when(importer.loadedContentHash()).thenReturn(Optional.empty());

        assertThatThrownBy(() -> new CorpusLoader(importer, WithoutHistory.of(importer), new CorpusProperties(folder, FixtureCorpus.FILE, true, null),
                mock(DatasetReader.class)).afterSingletonsInstantiated())
                .isInstanceOf(CorpusException.class).hasMessageContaining("differs from the file as captured");
    }

    @Test
    void theShippedSeedsPassTheirManifest() {
        assertThat(CorpusVerifier.verify(Path.of("seeds"), "curation.yaml").articles()).hasSize(5);
    }
}
