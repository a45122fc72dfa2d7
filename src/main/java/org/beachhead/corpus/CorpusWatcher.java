package org.beachhead.corpus;

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

    private final CorpusImporter importer;

    CorpusWatcher(CorpusImporter importer) {
        this.importer = importer;
    }

    @Scheduled(fixedDelayString = "${beachhead.corpus.watch-interval}")
    void look() {
        importer.followOtherInstances();
    }
}
