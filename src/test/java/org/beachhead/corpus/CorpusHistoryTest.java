package org.beachhead.corpus;

import org.beachhead.corpus.CorpusHistory.Version;
import org.beachhead.web.PageTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The curation's history in the shared application: concurrent saves, a save that fails half way, the start-up
 * rule and the export. Each test leaves the shipped corpus served again.
 */
class CorpusHistoryTest extends PageTest {

    private static final String FILE = "curation.yaml";
    /** An event of the shipped corpus. */
    private static final String EVENT = "bardo-ifa-media-sam-quah";

    @Autowired
    CorpusHistory history;

    @Autowired
    CorpusImporter importer;

    @TempDir
    Path folder;

    @AfterEach
    void shippedCorpusAgain() {
        ShippedCorpus.servedAgain(history);
    }

    @Test
    void ofConcurrentSavesOnTheSameVersionExactlyOneWinsAndNothingIsLost() throws Exception {
        Version base = newest();
        int count = history.count();
        String text = history.curationText(base.number());
        int editors = 4;
        CountDownLatch ready = new CountDownLatch(editors);
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        List<Future<Version>> saves = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            String edited = "# edited by editor " + i + "\n" + text;
            String editor = "editor-" + i;
            Callable<Version> save = () -> {
                ready.countDown();
                ready.await();
                return history.save(base.number(), editor, "A comment by " + editor, Map.of(FILE, edited.getBytes(StandardCharsets.UTF_8)));
            };
            saves.add(pool.submit(save));
        }
        List<Version> won = new ArrayList<>();
        List<Throwable> refused = new ArrayList<>();
        for (Future<Version> save : saves) {
            try {
                won.add(save.get());
            } catch (ExecutionException e) {
                refused.add(e.getCause());
            }
        }
        pool.shutdown();

        assertThat(won).hasSize(1);
        assertThat(refused).hasSize(editors - 1).allSatisfy(e -> assertThat(e).isInstanceOf(StaleVersionException.class));
        assertThat(history.count()).isEqualTo(count + 1);
        Version winner = won.get(0);
        assertThat(newest()).isEqualTo(winner);
        assertThat(winner.basedOn()).isEqualTo(base.number());
        assertThat(history.curationText(winner.number())).isEqualTo("# edited by " + winner.author().replace("-", " ") + "\n" + text);
        assertThat(importer.loadedContentHash()).as("the winner is served")
                .hasValue(CorpusVerifier.verify(history.stored(winner.number())).contentHash());
    }

    @Test
    void aSaveThatFailsHalfWayLeavesThePreviousVersionServedAndTheHistoryAsItWas() {
        Version base = newest();
        int count = history.count();
        String loaded = importer.loadedContentHash().orElseThrow();
        String text = history.curationText(base.number());
        // The event's whole entry goes, without a 'retired' line: the version is recorded, then the import refuses it.
        int start = text.indexOf("  - slug: " + EVENT + "\n");
        int end = text.indexOf("\n  - slug: ", start + 1) + 1;
        String without = text.substring(0, start) + text.substring(end);

        assertThatThrownBy(() -> history.save(base.number(), "editor", "Remove an event",
                Map.of(FILE, without.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(CorpusException.class).hasMessageContaining(EVENT);

        assertThat(newest()).isEqualTo(base);
        assertThat(history.count()).isEqualTo(count);
        assertThat(importer.loadedContentHash()).hasValue(loaded);
        assertThat(status("/events/" + EVENT)).isEqualTo(200);
    }

    @Test
    void atStartTheNewestVersionIsServedUnlessTheFilesChangedWhichThenBecomeANewVersion() throws IOException {
        CorpusFiles shipped = new ClasspathCorpus(ClasspathCorpus.SHIPPED, FILE);
        int count = history.count();
        history.atStart(shipped, () -> CorpusVerifier.verify(shipped));
        assertThat(history.count()).as("the same files: nothing new").isEqualTo(count);

        String text = history.curationText(newest().number());
        Version edited = history.save(newest().number(), "editor", "A comment",
                Map.of(FILE, ("# a browser edit\n" + text).getBytes(StandardCharsets.UTF_8)));
        history.atStart(shipped, () -> CorpusVerifier.verify(shipped));
        assertThat(newest()).as("the files the history descends from: the browser's edit stays served").isEqualTo(edited);
        assertThat(importer.loadedContentHash()).hasValue(CorpusVerifier.verify(history.stored(edited.number())).contentHash());

        for (String name : shipped.list()) {
            Files.write(folder.resolve(name), shipped.read(name));
        }
        Files.writeString(folder.resolve(FILE), "# a curator's commit\n" + text);
        FolderCorpus committed = new FolderCorpus(folder, FILE);
        history.atStart(committed, () -> CorpusVerifier.verify(committed));
        Version files = newest();
        assertThat(files.number()).as("new files: a new version on top").isEqualTo(edited.number() + 1);
        assertThat(files.basedOn()).isEqualTo(edited.number());
        assertThat(files.author()).isEqualTo(CorpusHistory.FILES);
        assertThat(history.curationText(files.number())).startsWith("# a curator's commit\n");
        assertThat(history.version(edited.number())).as("nothing in the history is lost").hasValue(edited);

        history.atStart(committed, () -> CorpusVerifier.verify(committed));
        assertThat(newest()).as("the same new files again: nothing new").isEqualTo(files);
    }

    @Test
    void anExportedVersionLoadsBackAsAFolder() throws IOException {
        Version version = newest();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        history.export(version.number(), zip);
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path file = folder.resolve(entry.getName());
                Files.createDirectories(file.getParent());
                Files.write(file, entries.readAllBytes());
            }
        }

        assertThat(CorpusVerifier.verify(folder.resolve("seeds"), FILE).contentHash())
                .isEqualTo(importer.loadedContentHash().orElseThrow());
    }

    private Version newest() {
        return history.newest().orElseThrow();
    }

    private int status(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
