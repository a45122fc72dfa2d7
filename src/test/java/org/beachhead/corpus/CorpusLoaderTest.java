package org.beachhead.corpus;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class CorpusLoaderTest {

    private static final CorpusProperties PROPERTIES = new CorpusProperties(Path.of("seeds"), "curation.yaml", true, null);
    private static final CorpusException BROKEN = new CorpusException(
            new CorpusProblem("seeds/curation.yaml", 12, "event 'x'", "unknown partner 'nobody'"));

    @Test
    void aBrokenCorpusStopsTheFirstStartLoudly() {
        CorpusImporter importer = mock(CorpusImporter.class);
        when(importer.importCorpus(any(CorpusFiles.class))).thenThrow(BROKEN);
        when(importer.loadedContentHash()).thenReturn(Optional.empty());

        assertThatThrownBy(() -> new CorpusLoader(importer, PROPERTIES, mock(DatasetFiles.class)).afterSingletonsInstantiated())
                .isSameAs(BROKEN).hasMessageContaining("seeds/curation.yaml, line 12");
    }

    @Test
    void aBrokenEditLeavesThePreviouslyLoadedCorpusServed() {
        CorpusImporter importer = mock(CorpusImporter.class);
        when(importer.importCorpus(any(CorpusFiles.class))).thenThrow(BROKEN);
        when(importer.loadedContentHash()).thenReturn(Optional.of("abc123"));

        assertThatCode(() -> new CorpusLoader(importer, PROPERTIES, mock(DatasetFiles.class)).afterSingletonsInstantiated()).doesNotThrowAnyException();
    }
}
