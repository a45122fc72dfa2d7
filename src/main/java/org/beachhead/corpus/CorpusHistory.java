package org.beachhead.corpus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The curation's versions, kept in the database (V12): every save in the workbench and every new set of files the
 * app starts on. A version is verified by {@link CorpusVerifier} and recorded in the same transaction that
 * imports it, so the newest version is always the one served, and a save that fails anywhere leaves no trace.
 * The rule for start-up is in docs/curating.md ("In the browser"). Plain SQL rather than entities: a version is
 * a set of names and hashes, and its files' bytes are read one at a time, by hash, as the verifier asks.
 */
@Service
public class CorpusHistory {

    private static final Logger log = LoggerFactory.getLogger(CorpusHistory.class);

    /** The author of a version that came from the files the app started on. */
    public static final String FILES = "files";

    private final JdbcClient jdbc;
    private final CorpusImporter importer;
    private final IncrementalSave incremental;
    private final String curationFile;
    /** One save at a time in this instance; between instances, the version number's primary key decides. */
    private final ReentrantLock saving = new ReentrantLock();
    private final Clock clock = Clock.systemUTC();

    /** A saved version: its number, the one it was based on (none for the first), who saved it, when, and why. */
    public record Version(int number, Integer basedOn, String author, Instant savedAt, String summary) {
    }

    private record Head(int number, String filesKey, String contentKey) {
    }

    CorpusHistory(JdbcClient jdbc, CorpusImporter importer, IncrementalSave incremental, CorpusProperties properties) {
        this.jdbc = jdbc;
        this.importer = importer;
        this.incremental = incremental;
        this.curationFile = properties.file();
    }

    /**
     * Imports what start-up serves: the newest version, unless the files differ from those its line of versions
     * descends from; the files then become a new version on top of it (the first one, with no history yet).
     */
    ImportOutcome atStart(CorpusFiles files, Supplier<VerifiedCorpus> filesVerified) {
        Map<String, String> found;
        try {
            found = hashes(files);
        } catch (IOException e) {
            // Unreadable files: the verifier says what is wrong, in its words, and nothing is recorded.
            return importer.importVerified(filesVerified, corpus -> {
            });
        }
        String filesKey = key(found);
        Optional<Head> head = head();
        if (head.isPresent() && head.get().filesKey().equals(filesKey)) {
            if (head.get().contentKey().equals(filesKey)) {
                return importer.importVerified(filesVerified, corpus -> {
                });
            }
            log.info("Serving version {} of the curation, saved in the workbench on top of the files in {}",
                    head.get().number(), files.location());
            dropped(filesVerified);
            return importer.importVerified(() -> CorpusVerifier.verify(stored(head.get().number())), corpus -> {
            });
        }
        String summary = head.map(h -> "The files at start (" + files.location() + ") differ from those version "
                + h.number() + " descends from: they become this version").orElse("The files the app first started on ("
                + files.location() + ")");
        Function<String, byte[]> content = name -> {
            try {
                return files.read(name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        Map<String, String> parent = head.map(h -> files(h.number())).orElse(Map.of());
        return importer.importVerified(filesVerified, corpus -> insert(head.map(Head::number).orElse(0) + 1,
                head.map(Head::number).orElse(null), FILES, summary, filesKey, found, content, parent));
    }

    /**
     * Lets the files' verification, begun at start-up, finish and go before the version served instead is verified:
     * two verified large corpora do not fit the app's heap together (docs/benchmarks.md, "A save written in
     * place"). The files' problems do not matter then: they are not what is served.
     */
    private static void dropped(Supplier<VerifiedCorpus> filesVerified) {
        try {
            filesVerified.get();
        } catch (CorpusException e) {
            log.info("The files at start have problems, but the newest version of the history is served: {}", e.getMessage());
        }
    }

    /** The newest version; empty when the app has not started on a corpus of files yet. */
    public Optional<Version> newest() {
        return head().flatMap(h -> version(h.number()));
    }

    public Optional<Version> version(int number) {
        return jdbc.sql("select number, based_on, author, saved_at, summary from curation_version where number = ?")
                .param(number).query(CorpusHistory::version).optional();
    }

    /** Newest first. */
    public List<Version> versions(int offset, int limit) {
        return jdbc.sql("select number, based_on, author, saved_at, summary from curation_version order by number desc"
                        + " offset ? rows fetch next ? rows only")
                .param(offset).param(limit).query(CorpusHistory::version).list();
    }

    public int count() {
        return jdbc.sql("select count(*) from curation_version").query(Integer.class).single();
    }

    /** The version's files, by name, with the SHA-256 of each. */
    public Map<String, String> files(int number) {
        Map<String, String> files = new TreeMap<>();
        jdbc.sql("select name, sha256 from curation_version_file where version = ?").param(number)
                .query(row -> {
                    files.put(row.getString(1), row.getString(2));
                });
        return files;
    }

    /** The version's curation file, as text. */
    public String curationText(int number) {
        return new String(curationBytes(number), StandardCharsets.UTF_8);
    }

    /** The version's curation file, UTF-8: an edit of a 20 MB file as bytes needs no decoded copy of it. */
    public byte[] curationBytes(int number) {
        return content(files(number).get(curationFile));
    }

    public String curationFile() {
        return curationFile;
    }

    /** The bytes of one article capture of the version, by file name; empty when the version has no such file. */
    public Optional<byte[]> file(int number, String name) {
        return Optional.ofNullable(files(number).get(name)).map(this::content);
    }

    /**
     * Saves a new version, the newest's files with {@code changed} (by name) written over them or added, verifies and
     * imports it.
     *
     * @throws StaleVersionException when {@code basedOn} is not the newest version: nothing is saved
     * @throws CorpusException       when the new version fails verification or would remove what it does not
     *                               declare retired: nothing is saved, the newest version stays served
     */
    public Version save(int basedOn, String author, String summary, Map<String, byte[]> changed) {
        saving.lock();
        try {
            Head head = current(basedOn);
            Map<String, String> files = files(head.number());
            changed.forEach((name, bytes) -> files.put(name, CorpusVerifier.sha256Hex(bytes)));
            return commit(head, author, summary, files, changed, false);
        } finally {
            saving.unlock();
        }
    }

    /**
     * Saves a new version whose files are those of the version {@code number} was based on, and imports it: what
     * that version added is meant to go, so removals are allowed.
     *
     * @throws StaleVersionException    when {@code basedOn} is not the newest version
     * @throws IllegalArgumentException when the version does not exist or is the first (it has nothing to go back to)
     */
    public Version revert(int number, int basedOn, String author) {
        Version reverted = version(number).filter(v -> v.basedOn() != null)
                .orElseThrow(() -> new IllegalArgumentException("version " + number + " has no version before it"));
        return restore(reverted.basedOn(), basedOn, author, "Revert version " + number + ": " + reverted.summary());
    }

    /**
     * Saves a new version with the files of version {@code number}, and imports it, removals allowed.
     *
     * @throws StaleVersionException when {@code basedOn} is not the newest version
     */
    public Version restore(int number, int basedOn, String author, String summary) {
        saving.lock();
        try {
            Head head = current(basedOn);
            return commit(head, author, summary, files(number), Map.of(), true);
        } finally {
            saving.unlock();
        }
    }

    /** Writes the version as a zip of a {@code seeds/} folder, which {@code --beachhead.corpus.folder} loads. */
    public void export(int number, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> file : files(number).entrySet()) {
                zip.putNextEntry(new ZipEntry("seeds/" + file.getKey()));
                zip.write(content(file.getValue()));
                zip.closeEntry();
            }
        }
    }

    private Head current(int basedOn) {
        Head head = head().orElseThrow(() -> new IllegalStateException("the curation has no version yet"));
        if (head.number() != basedOn) {
            throw new StaleVersionException(basedOn, head.number());
        }
        return head;
    }

    /**
     * Verifies and applies the version: as a change to the loaded one where it is such a change ({@link
     * IncrementalSave}), else whole. {@code changed}: the files, by name, whose bytes are not stored yet.
     */
    private Version commit(Head head, String author, String summary, Map<String, String> files,
                           Map<String, byte[]> changed, boolean mayRemove) {
        int number = head.number() + 1;
        Map<String, byte[]> fresh = new HashMap<>();
        changed.forEach((name, bytes) -> fresh.put(files.get(name), bytes));
        Function<String, byte[]> bytes = sha256 -> fresh.containsKey(sha256) ? fresh.get(sha256) : content(sha256);
        Map<String, String> parent = files(head.number());
        String location = "version " + number;
        long started = System.nanoTime();
        long startedCpu = threadCpu();
        long[] verified = new long[2];
        Consumer<VerifiedCorpus> record = corpus -> insert(number, head.number(), author, summary, head.filesKey(), files,
                changed::get, parent);
        String how;
        try {
            Optional<IncrementalSave.Prepared> change = incremental.prepare(new IncrementalSave.Versions(location,
                    curationFile, parent, files, bytes), importer.loadedContentHash().orElse(""), mayRemove);
            verified[0] = System.nanoTime();
            verified[1] = threadCpu();
            if (change.isPresent()) {
                importer.applyChange(change.get().part(), change.get().plan(), record);
                how = "as a change";
            } else {
                StoredCorpus draft = new StoredCorpus(location, curationFile, files, bytes);
                importer.importVerified(() -> {
                    VerifiedCorpus corpus = CorpusVerifier.verify(draft);
                    verified[0] = System.nanoTime();
                    verified[1] = threadCpu();
                    return corpus;
                }, mayRemove, record);
                how = "whole";
            }
        } catch (DuplicateKeyException e) {
            // Another instance saved this number first.
            throw new StaleVersionException(head.number(), number);
        }
        log.info("Saved version {} of the curation by {}, {}: verified in {} ms ({} ms of CPU), then recorded, loaded and"
                        + " announced in {} ms ({} ms of CPU)", number, author, how, (verified[0] - started) / 1_000_000,
                (verified[1] - startedCpu) / 1_000_000, (System.nanoTime() - verified[0]) / 1_000_000,
                (threadCpu() - verified[1]) / 1_000_000);
        return version(number).orElseThrow();
    }

    /** This thread's CPU time, for the log: wall-clock time on a busy machine says little. */
    private static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }


    /**
     * Records the version: only what differs from its parent's files ({@code parent}, empty for the first) is
     * written, so a save of one file costs a few statements on a corpus of thousands. {@code content} gives the
     * bytes, by file name, of any file whose hash is not stored yet.
     */
    private void insert(int number, Integer basedOn, String author, String summary, String filesKey,
                        Map<String, String> files, Function<String, byte[]> content, Map<String, String> parent) {
        Set<String> stored = new HashSet<>(parent.values());
        files.forEach((name, sha256) -> {
            if (!stored.contains(sha256)
                    && jdbc.sql("select count(*) from curation_blob where sha256 = ?").param(sha256).query(Integer.class).single() == 0) {
                jdbc.sql("insert into curation_blob (sha256, content) values (?, ?)").param(sha256).param(content.apply(name)).update();
                stored.add(sha256);
            }
        });
        jdbc.sql("insert into curation_version (number, based_on, author, saved_at, summary, files_key, content_key)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .param(number).param(basedOn).param(author)
                .param(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param(summary.length() > 300 ? summary.substring(0, 299) + "…" : summary)
                .param(filesKey).param(key(files)).update();
        if (basedOn != null) {
            jdbc.sql("insert into curation_version_file (version, name, sha256) select ?, name, sha256 from curation_version_file"
                    + " where version = ?").param(number).param(basedOn).update();
        }
        parent.forEach((name, sha256) -> {
            if (!sha256.equals(files.get(name))) {
                jdbc.sql("delete from curation_version_file where version = ? and name = ?").param(number).param(name).update();
            }
        });
        files.forEach((name, sha256) -> {
            if (!sha256.equals(parent.get(name))) {
                jdbc.sql("insert into curation_version_file (version, name, sha256) values (?, ?, ?)")
                        .param(number).param(name).param(sha256).update();
            }
        });
    }

    private Optional<Head> head() {
        return jdbc.sql("select number, files_key, content_key from curation_version order by number desc fetch first 1 rows only")
                .query((row, i) -> new Head(row.getInt(1), row.getString(2), row.getString(3))).optional();
    }

    StoredCorpus stored(int number) {
        return new StoredCorpus("version " + number, curationFile, files(number), this::content);
    }

    private byte[] content(String sha256) {
        return jdbc.sql("select content from curation_blob where sha256 = ?").param(sha256).query(byte[].class).single();
    }

    /** The curation file, the manifest and the article captures, by name, with their hashes. */
    private static Map<String, String> hashes(CorpusFiles files) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (String name : files.list()) {
            if (name.equals(files.curationFile()) || name.equals(Manifest.FILE) || name.endsWith(".txt")) {
                hashes.put(name, CorpusVerifier.sha256Hex(files.read(name)));
            }
        }
        return hashes;
    }

    /** One hash for a set of files: of their names and hashes, in order. */
    private static String key(Map<String, String> files) {
        StringBuilder names = new StringBuilder();
        new TreeMap<>(files).forEach((name, sha256) -> names.append(name).append('\0').append(sha256).append('\n'));
        return CorpusVerifier.sha256Hex(names.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Version version(ResultSet row, int i) throws SQLException {
        int basedOn = row.getInt(2);
        return new Version(row.getInt(1), row.wasNull() ? null : basedOn, row.getString(3),
                row.getObject(4, OffsetDateTime.class).toInstant(), row.getString(5));
    }
}
