package org.beachhead.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: the process is killed (SIGKILL) while it imports, over and over, two versions of the
 * shipped corpus into a file database; afterwards the database holds exactly one of them, whole: one
 * corpus version, its events, excerpts and mentions, and the headline that version gives.
 */
class KillDuringImportTest {

    private static final String EVENT = "empresses-in-the-palace-cut-for-netflix";
    private static final String HEADLINE = "Netflix to cut Empresses In The Palace from 76 45-minute episodes into six 90-minute episodes";

    @TempDir
    Path work;

    @Test
    void aKilledImportLeavesTheOldOrTheNewCorpusWhole() throws Exception {
        Path first = copySeeds(work.resolve("first"));
        Path second = copySeeds(work.resolve("second"));
        Path curation = second.resolve("curation.yaml");
        Files.writeString(curation, Files.readString(curation).replace(HEADLINE, HEADLINE + " (edited)"));
        String url = "jdbc:h2:file:" + work.resolve("db").toAbsolutePath() + "/beachhead";
        String firstHash = CorpusVerifier.verify(first, "curation.yaml").contentHash();
        String secondHash = CorpusVerifier.verify(second, "curation.yaml").contentHash();
        // One kill a run (each costs a JVM and a Spring start); where it lands varies from run to run.
        int afterMillis = 150 + new Random().nextInt(600);
        killWhileImporting(url, first, second, afterMillis);

        try (Connection db = DriverManager.getConnection(url, "sa", "");
             Statement query = db.createStatement()) {
            List<String> versions = column(query, "select content_hash from corpus_version");
            assertThat(versions).as("killed %d ms after the second import", afterMillis).hasSize(1)
                    .containsAnyOf(firstHash, secondHash);
            String headline = column(query, "select headline from event where slug = '" + EVENT + "'").get(0);
            assertThat(headline).isEqualTo(versions.get(0).equals(firstHash) ? HEADLINE : HEADLINE + " (edited)");
            assertThat(column(query, "select count(*) from event")).containsExactly("43");
            assertThat(column(query, "select count(*) from excerpt")).containsExactly("95");
            assertThat(Integer.parseInt(column(query, "select count(*) from mention").get(0))).isPositive();
        }
    }

    /** Starts {@link ImportLoop}, waits until it has imported twice, then kills it {@code afterMillis} later. */
    private static void killWhileImporting(String url, Path first, Path second, int afterMillis) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), ImportLoop.class.getName(), url,
                first.toString(), second.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            int imports = 0;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            for (String line = out.readLine(); line != null && imports < 2 && System.nanoTime() < deadline; line = out.readLine()) {
                imports += line.startsWith("imported ") ? 1 : 0;
            }
            assertThat(imports).as("imports before the kill").isEqualTo(2);
            Thread.sleep(afterMillis);
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Path copySeeds(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder;
    }

    private static List<String> column(Statement query, String sql) throws SQLException {
        try (ResultSet rows = query.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
