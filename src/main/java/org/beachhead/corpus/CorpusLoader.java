package org.beachhead.corpus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Imports the corpus once every bean exists and before the web server starts, so the app never
 * serves an empty or half-loaded timeline. A corpus that fails verification stops the first
 * start-up; once a corpus has been loaded, a broken edit is logged and the previous data served.
 * Verification needs no database, so it starts on a thread of its own as soon as this bean is
 * made, while the rest of the application context is still being built.
 */
@Component
class CorpusLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CorpusLoader.class);

    private final CorpusImporter importer;
    private final CorpusHistory history;
    private final CorpusProperties properties;

    /** The verification under way; null once taken, so the verified corpus is not kept after its import. */
    private CompletableFuture<TimedVerification> verification;
    private String location;
    private long verifyMillis;
    private long loadStarted;

    private record TimedVerification(VerifiedCorpus corpus, long millis) {
    }

    CorpusLoader(CorpusImporter importer, CorpusHistory history, CorpusProperties properties, DatasetReader datasets) {
        this.importer = importer;
        this.history = history;
        this.properties = properties;
        if (properties.importOnStartup()) {
            Path dataset = properties.dataset();
            CorpusFiles files = properties.files();
            location = dataset == null ? files.location() : dataset.toString();
            verification = CompletableFuture.supplyAsync(() -> {
                long started = System.nanoTime();
                VerifiedCorpus corpus = dataset == null ? CorpusVerifier.verify(files)
                        : CorpusVerifier.verify(datasets.read(dataset), location);
                return new TimedVerification(corpus, (System.nanoTime() - started) / 1_000_000);
            }, task -> {
                Thread thread = new Thread(task, "corpus-verification");
                thread.setDaemon(true);
                thread.start();
            });
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.importOnStartup()) {
            log.info("Corpus import on start-up is switched off (beachhead.corpus.import-on-startup=false)");
            return;
        }
        ImportOutcome outcome;
        loadStarted = System.nanoTime();
        try {
            // A dataset is a one-off load; files are the curation, kept in its history.
            outcome = properties.dataset() != null ? importer.importVerified(this::takeVerification)
                    : history.atStart(properties.files(), this::takeVerification);
        } catch (CorpusException e) {
            Optional<String> previous = importer.loadedContentHash();
            if (previous.isEmpty()) {
                throw e;
            }
            verification = null;
            log.error("The corpus in {} was not loaded; still serving the corpus loaded before (content {}). {}",
                    location, previous.get(), e.getMessage());
            return;
        }
        // Not taken when the newest version in the history is served rather than the files.
        verification = null;
        long loadMillis = (System.nanoTime() - loadStarted) / 1_000_000;
        if (outcome.changed()) {
            log.info("Imported the corpus from {}: {} articles, {} events, {} verified excerpts (content {}) in {} ms"
                            + " (verified in {} ms alongside start-up, then loaded in {} ms)",
                    location, outcome.articles(), outcome.events(), outcome.excerpts(), outcome.contentHash(),
                    verifyMillis + loadMillis, verifyMillis, loadMillis);
        } else {
            log.info("The corpus in {} is unchanged (content {}); nothing imported, checked in {} ms", location,
                    outcome.contentHash(), verifyMillis + loadMillis);
        }
    }

    /** Waits for the verification begun at construction, and lets go of it. */
    private VerifiedCorpus takeVerification() {
        CompletableFuture<TimedVerification> pending = verification;
        verification = null;
        TimedVerification verified;
        try {
            verified = pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        verifyMillis = verified.millis();
        loadStarted = System.nanoTime();
        return verified.corpus();
    }
}
