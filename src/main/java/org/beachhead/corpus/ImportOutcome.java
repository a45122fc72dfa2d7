package org.beachhead.corpus;

import java.util.Optional;

/**
 * What an import did: nothing (the same content was already loaded), a full replacement, here or (then
 * with no counts) by another instance sharing the database, or an incremental apply of a {@link CorpusChange}
 * (then the counts are those of the change).
 */
public record ImportOutcome(String contentHash, boolean changed, int articles, int events, int excerpts,
                            CorpusChange change) {

    /** A full replacement, or nothing. */
    public ImportOutcome(String contentHash, boolean changed, int articles, int events, int excerpts) {
        this(contentHash, changed, articles, events, excerpts, null);
    }

    static ImportOutcome unchanged(String contentHash) {
        return new ImportOutcome(contentHash, false, 0, 0, 0);
    }

    static ImportOutcome elsewhere(String contentHash) {
        return new ImportOutcome(contentHash, true, 0, 0, 0);
    }

    /** The part of the corpus that changed; empty when any of it may have (a full import here or elsewhere). */
    public Optional<CorpusChange> part() {
        return Optional.ofNullable(change);
    }
}
