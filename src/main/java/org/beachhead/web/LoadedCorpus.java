package org.beachhead.web;

import java.time.Instant;

/** Which corpus content the database holds ({@code corpus_version}) and when it was imported. */
public record LoadedCorpus(String contentHash, Instant importedAt) {
}
