package org.beachhead.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The start-up import, with the verification it begins while the rest of the app is still being built. */
class CorpusLoaderTest {

    @TempDir
    Path folder;

    @Test
    void aBrokenCorpusStopsTheFirstStartLoudly() throws IOException {
        CorpusImporter importer = importerWithLoaded(Optional.empty());

        assertThatThrownBy(() -> loaderOf(brokenCorpus(), importer).afterSingletonsInstantiated())
                .isInstanceOf(CorpusException.class).hasMessageContaining("curation.yaml, line 2");
    }

    @Test
    void aBrokenEditLeavesThePreviouslyLoadedCorpusServed() throws IOException {
        CorpusImporter importer = importerWithLoaded(Optional.of("abc123"));

        assertThatCode(() -> loaderOf(brokenCorpus(), importer).afterSingletonsInstantiated()).doesNotThrowAnyException();
    }

    @Test
    void theShippedCorpusVerifiedAlongsideStartUpIsTheOneImported() {
        CorpusImporter importer = mock(CorpusImporter.class);
        when(importer.importVerified(any())).thenAnswer(call -> {
            VerifiedCorpus corpus = call.<Supplier<VerifiedCorpus>>getArgument(0).get();
            assertThat(corpus.contentHash()).isEqualTo(CorpusVerifier.verify(new FolderCorpus(Path.of("seeds"), "curation.yaml")).contentHash());
            return ImportOutcome.unchanged(corpus.contentHash());
        });

        loaderOf(Path.of("seeds"), importer).afterSingletonsInstantiated();

        verify(importer).importVerified(any());
    }

    @Test
    void withoutAFolderTheCorpusShippedInTheApplicationIsImported() {
        CorpusImporter importer = mock(CorpusImporter.class);
        when(importer.importVerified(any())).thenAnswer(call -> {
            VerifiedCorpus corpus = call.<Supplier<VerifiedCorpus>>getArgument(0).get();
            assertThat(corpus.contentHash()).as("the copy of seeds/ the build put on the classpath")
                    .isEqualTo(CorpusVerifier.verify(Path.of("seeds"), "curation.yaml").contentHash());
            assertThat(corpus.articles()).hasSize(5);
            return ImportOutcome.unchanged(corpus.contentHash());
        });

        new CorpusLoader(importer, WithoutHistory.of(importer), new CorpusProperties(null, "curation.yaml", true, null), mock(DatasetReader.class))
                .afterSingletonsInstantiated();

        verify(importer).importVerified(any());
    }

    @Test
    void nothingIsVerifiedWhenTheImportOnStartUpIsSwitchedOff() {
        CorpusImporter importer = mock(CorpusImporter.class);

        new CorpusLoader(importer, WithoutHistory.of(importer), new CorpusProperties(Path.of("seeds"), "curation.yaml", false, null), mock(DatasetReader.class))
                .afterSingletonsInstantiated();

        verify(importer, never()).importVerified(any());
    }

    /** An importer that runs the verification it is given, as the real one does, and knows what is loaded. */
    private static CorpusImporter importerWithLoaded(Optional<String> loaded) {
        CorpusImporter importer = mock(CorpusImporter.class);
        when(importer.importVerified(any())).thenAnswer(call -> {
            VerifiedCorpus corpus = call.<Supplier<VerifiedCorpus>>getArgument(0).get();
            return ImportOutcome.unchanged(corpus.contentHash());
        });
        when(importer.loadedContentHash()).thenReturn(loaded);
        return importer;
    }

    private static CorpusLoader loaderOf(Path corpus, CorpusImporter importer) {
        return new CorpusLoader(importer, WithoutHistory.of(importer), new CorpusProperties(corpus, "curation.yaml", true, null), mock(DatasetReader.class));
    }

    private Path brokenCorpus() throws IOException {
        Files.writeString(folder.resolve("curation.yaml"), "articles:\n  - file: no-such-article.txt\n...\n");
        return folder;
    }
}
