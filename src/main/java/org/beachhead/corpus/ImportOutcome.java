package org.beachhead.corpus;

/** What an import did: nothing (the same content was already loaded) or a full replacement. */
public record ImportOutcome(String contentHash, boolean changed, int articles, int events, int excerpts) {

    static ImportOutcome unchanged(String contentHash) {
        return new ImportOutcome(contentHash, false, 0, 0, 0);
    }
}
