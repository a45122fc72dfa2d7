package org.beachhead.corpus;

import java.util.function.Supplier;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** For start-up tests with a mocked importer: a history that has no versions and hands the files to the importer. */
final class WithoutHistory {

    private WithoutHistory() {
    }

    static CorpusHistory of(CorpusImporter importer) {
        CorpusHistory history = mock(CorpusHistory.class);
        when(history.atStart(any(), any())).thenAnswer(call -> importer.importVerified(call.<Supplier<VerifiedCorpus>>getArgument(1)));
        return history;
    }
}
