package org.beachhead.corpus;

/**
 * What an import did: nothing (the same content was already loaded) or a full replacement, here or (then
 * with no counts) by another instance sharing the database.
 */
public record ImportOutcome(String contentHash, boolean changed, int articles, int events, int excerpts) {

    static ImportOutcome unchanged(String contentHash) {
        return new ImportOutcome(contentHash, false, 0, 0, 0);
    }

    static ImportOutcome elsewhere(String contentHash) {
        return new ImportOutcome(contentHash, true, 0, 0, 0);
    }
}
