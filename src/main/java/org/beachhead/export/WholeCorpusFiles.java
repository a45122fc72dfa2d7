package org.beachhead.export;

import jakarta.annotation.PreDestroy;
import org.beachhead.corpus.CorpusImporter;
import org.beachhead.corpus.ImportOutcome;
import org.beachhead.deal.DealFilter;
import org.beachhead.timeline.TimelineFilter;
import org.beachhead.web.CacheConfiguration;
import org.beachhead.web.CorpusVersionHolder;
import org.beachhead.web.LoadedCorpus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The downloads of the whole corpus (the dataset, the unfiltered timeline and deals), each written
 * to a file once per corpus version, when it is first asked for, and then served from that file: the
 * data changes only at an import, and a request that sends a file holds none of it in memory.
 * Requests that arrive while a file is being written wait for it (the future kept in the
 * {@code downloads} cache, emptied on every import like the others) rather than write it again.
 * <p>
 * Each corpus version has a folder of its own, named after its content hash; an import deletes the
 * others. A file is written in one read-only snapshot of the database (repeatable read) that must
 * hold that version, so that what is served is always the version it is named after, never a mixture.
 */
@Component
class WholeCorpusFiles {

    private static final Logger log = LoggerFactory.getLogger(WholeCorpusFiles.class);

    /** What can be downloaded whole: each is named, and written, after its constant. */
    enum Download {
        DATASET_JSON, TIMELINE_CSV, TIMELINE_JSON, DEALS_CSV, DEALS_JSON;

        String fileName() {
            return "beachhead-" + name().toLowerCase().replace('_', '.');
        }

        RowsFormat format() {
            return RowsFormat.valueOf(name().substring(name().indexOf('_') + 1));
        }

        static Download timeline(RowsFormat format) {
            return valueOf("TIMELINE_" + format.name());
        }

        static Download deals(RowsFormat format) {
            return valueOf("DEALS_" + format.name());
        }
    }

    private final DatasetExporter dataset;
    private final ExportService rows;
    private final CorpusImporter importer;
    private final CorpusVersionHolder versions;
    private final JsonMapper json;
    private final TransactionTemplate snapshot;
    private final Cache downloads;
    private final Path root;

    WholeCorpusFiles(DatasetExporter dataset, ExportService rows, CorpusImporter importer, CorpusVersionHolder versions,
                     JsonMapper json, PlatformTransactionManager transactions, CacheManager caches) throws IOException {
        this.dataset = dataset;
        this.rows = rows;
        this.importer = importer;
        this.versions = versions;
        this.json = json;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.downloads = caches.getCache(CacheConfiguration.DOWNLOADS);
        this.root = Files.createTempDirectory("beachhead-downloads-");
    }

    /** The download's file for the loaded corpus, written first if it is the first request for it since the corpus changed. */
    Path file(Download download) {
        CompletableFuture<Path> written = new CompletableFuture<>();
        CompletableFuture<Path> earlier = downloads.retrieve(download, () -> written);
        if (earlier != written) {
            return earlier.join();
        }
        try {
            String contentHash = versions.corpus().map(LoadedCorpus::contentHash).orElse("none");
            Path file = root.resolve(contentHash).resolve(download.fileName());
            if (!Files.exists(file)) {
                write(download, contentHash, file);
            }
            written.complete(file);
        } catch (RuntimeException e) {
            // Not kept (the cache drops a failed future): the next request tries again.
            written.completeExceptionally(e);
            throw e;
        }
        return written.join();
    }

    /** A file still being sent stays readable until it is closed; one still being written fails and is not kept. */
    @EventListener
    void corpusImported(ImportOutcome outcome) throws IOException {
        try (Stream<Path> folders = Files.list(root)) {
            folders.filter(folder -> !folder.getFileName().toString().equals(outcome.contentHash()))
                    .forEach(WholeCorpusFiles::delete);
        }
    }

    @PreDestroy
    void deleteAll() {
        delete(root);
    }

    /** Written beside its name, under a name of its own, then moved there: a file that exists is whole. */
    private void write(Download download, String contentHash, Path file) {
        snapshot.executeWithoutResult(status -> {
            String loaded = importer.loadedContentHash().orElse("none");
            if (!loaded.equals(contentHash)) {
                throw new IllegalStateException("the corpus changed from " + contentHash + " to " + loaded
                        + " before its " + download.fileName() + " was written; ask again");
            }
            try {
                Path partial = Files.createTempFile(Files.createDirectories(file.getParent()), download.name(), ".part");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                    write(download, contentHash, out);
                }
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void write(Download download, String contentHash, OutputStream out) {
        switch (download) {
            case DATASET_JSON -> dataset.write(out, contentHash);
            case TIMELINE_CSV, TIMELINE_JSON ->
                    rows.writeTimeline(TimelineFilter.NONE, () -> download.format().open(TimelineRow.class, out, json));
            case DEALS_CSV, DEALS_JSON ->
                    rows.writeDeals(DealFilter.NONE, () -> download.format().open(DealRow.class, out, json));
        }
    }

    /** Best effort: a file left behind in the temporary folder harms nothing, an import that failed for it would. */
    private static void delete(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            log.warn("Could not delete the downloads written for an earlier corpus in {}: {}", folder, e.toString());
        }
    }
}
