package org.beachhead.corpus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Imports the corpus once every bean exists and before the web server starts, so the app never
 * serves an empty or half-loaded timeline. A corpus that fails verification stops the first
 * start-up; once a corpus has been loaded, a broken edit is logged and the previous data served.
 */
@Component
class CorpusLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CorpusLoader.class);

    private final CorpusImporter importer;
    private final CorpusProperties properties;
    private final DatasetFiles datasets;

    CorpusLoader(CorpusImporter importer, CorpusProperties properties, DatasetFiles datasets) {
        this.importer = importer;
        this.properties = properties;
        this.datasets = datasets;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.importOnStartup()) {
            log.info("Corpus import on start-up is switched off (beachhead.corpus.import-on-startup=false)");
            return;
        }
        CorpusFiles files = properties.dataset() == null
                ? new FolderCorpus(properties.folder(), properties.file())
                : datasets.read(properties.dataset());
        ImportOutcome outcome;
        long started = System.nanoTime();
        try {
            outcome = importer.importCorpus(files);
        } catch (CorpusException e) {
            Optional<String> previous = importer.loadedContentHash();
            if (previous.isEmpty()) {
                throw e;
            }
            log.error("The corpus in {} was not loaded; still serving the corpus loaded before (content {}). {}",
                    files.location(), previous.get(), e.getMessage());
            return;
        }
        if (outcome.changed()) {
            log.info("Imported the corpus from {}: {} articles, {} events, {} verified excerpts (content {}) in {} ms",
                    files.location(), outcome.articles(), outcome.events(), outcome.excerpts(), outcome.contentHash(),
                    (System.nanoTime() - started) / 1_000_000);
        } else {
            log.info("The corpus in {} is unchanged (content {}); nothing imported, checked in {} ms", files.location(),
                    outcome.contentHash(), (System.nanoTime() - started) / 1_000_000);
        }
    }
}
