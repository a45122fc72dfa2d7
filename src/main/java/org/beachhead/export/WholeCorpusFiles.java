package org.beachhead.export;

import jakarta.annotation.PreDestroy;
import org.beachhead.corpus.CorpusImporter;
import org.beachhead.corpus.ImportOutcome;
import org.beachhead.deal.DealFilter;
import org.beachhead.timeline.TimelineFilter;
import org.beachhead.web.CorpusVersionHolder;
import org.beachhead.web.LoadedCorpus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The downloads of the whole corpus (the dataset, the unfiltered timeline and deals), each written
 * to a file once per import, when it is first asked for, and then served from that file: the data
 * changes only at an import, and a request that sends a file holds none of it in memory. Requests
 * that arrive while a file is being written wait for it rather than write it again.
 * <p>
 * Each import that changes the corpus starts a new set of files (in a folder of its own) and
 * deletes the previous set. A file is written in one read-only snapshot of the database (repeatable
 * read) that must hold the corpus version the set was started for, so that what is served is
 * always the version the import announced, never a mixture.
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

    /** The files of one loaded corpus version: each download's file once written (or being written). */
    private record Generation(String contentHash, Path folder, Map<Download, CompletableFuture<Path>> files) {
    }

    private final DatasetExporter dataset;
    private final ExportService rows;
    private final CorpusImporter importer;
    private final CorpusVersionHolder versions;
    private final JsonMapper json;
    private final TransactionTemplate snapshot;
    private final Path root;
    private Generation current;

    WholeCorpusFiles(DatasetExporter dataset, ExportService rows, CorpusImporter importer, CorpusVersionHolder versions,
                     JsonMapper json, PlatformTransactionManager transactions) throws IOException {
        this.dataset = dataset;
        this.rows = rows;
        this.importer = importer;
        this.versions = versions;
        this.json = json;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.root = Files.createTempDirectory("beachhead-downloads-");
    }

    /** The download's file for the loaded corpus, written first if this is the first request for it since the import. */
    Path file(Download download) {
        Generation generation = current();
        CompletableFuture<Path> written = new CompletableFuture<>();
        CompletableFuture<Path> earlier = generation.files().putIfAbsent(download, written);
        if (earlier != null) {
            return earlier.join();
        }
        try {
            written.complete(write(download, generation));
        } catch (RuntimeException e) {
            // Not kept: the next request tries again.
            generation.files().remove(download, written);
            written.completeExceptionally(e);
            throw e;
        }
        return written.join();
    }

    @EventListener
    synchronized void corpusImported(ImportOutcome outcome) {
        if (current != null && !outcome.changed() && outcome.contentHash().equals(current.contentHash())) {
            return;
        }
        Generation previous = current;
        current = generation(outcome.contentHash());
        if (previous != null) {
            // A file still being sent stays readable until it is closed; one still being written fails and is not kept.
            delete(previous.folder());
        }
    }

    @PreDestroy
    void deleteAll() {
        delete(root);
    }

    /** The current set, or, when no import has been announced (import on start-up switched off), one for what is loaded. */
    private synchronized Generation current() {
        if (current == null) {
            current = generation(versions.corpus().map(LoadedCorpus::contentHash).orElse(null));
        }
        return current;
    }

    private Generation generation(String contentHash) {
        try {
            return new Generation(contentHash, Files.createTempDirectory(root, "import-"), new ConcurrentHashMap<>());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path write(Download download, Generation generation) {
        Path file = generation.folder().resolve(download.fileName());
        snapshot.executeWithoutResult(status -> {
            String loaded = importer.loadedContentHash().orElse(null);
            if (!Objects.equals(loaded, generation.contentHash())) {
                throw new IllegalStateException("the corpus changed from " + generation.contentHash() + " to " + loaded
                        + " before its " + download.fileName() + " was written; ask again");
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                write(download, generation, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return file;
    }

    private void write(Download download, Generation generation, OutputStream out) {
        switch (download) {
            case DATASET_JSON -> dataset.write(out, generation.contentHash());
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
