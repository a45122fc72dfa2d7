package org.beachhead.corpus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * For instances that share one database (PostgreSQL in production): each keeps its own caches, link
 * index and search index, which follow the import event. A save or an import through one instance
 * changes the loaded content in the shared database; every {@code beachhead.corpus.watch-interval}
 * (set in the postgres profile) the others look, and publish the same event when it changed. Off
 * without the property: an embedded database has one instance.
 */
@Component
@EnableScheduling
@ConditionalOnProperty("beachhead.corpus.watch-interval")
class CorpusWatcher {

    private static final Logger log = LoggerFactory.getLogger(CorpusWatcher.class);

    private final CorpusImporter importer;
    /** Whether the last look failed, so an outage is logged once, not at every look. */
    private boolean failing;

    CorpusWatcher(CorpusImporter importer) {
        this.importer = importer;
    }

    @Scheduled(fixedDelayString = "${beachhead.corpus.watch-interval}")
    void look() {
        try {
            importer.followOtherInstances();
            if (failing) {
                log.info("The database answers again: following other instances' imports");
                failing = false;
            }
        } catch (RuntimeException e) {
            // Any failure to read the hash (the database away, a pool timeout): pages go on from the caches.
            if (!failing) {
                log.warn("Cannot look for other instances' imports, trying again until it answers: {}", e.getMessage());
                failing = true;
            }
        }
    }
}
