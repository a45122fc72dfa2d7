package org.beachhead.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the small test corpus in {@code src/test/resources/corpus/valid}, to break or edit in a test. */
public final class FixtureCorpus {

    public static final Path VALID = Path.of("src/test/resources/corpus/valid");
    public static final String FILE = "curation.yaml";

    private FixtureCorpus() {
    }

    public static Path copyTo(Path folder) {
        try (Stream<Path> files = Files.list(VALID)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the copy's MANIFEST.sha256 anew, as a curator does after adding an article: a test that edits one means it. */
    public static void rehash(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            StringBuilder manifest = new StringBuilder();
            for (Path file : files.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
                manifest.append(CorpusVerifier.sha256Hex(Files.readAllBytes(file))).append("  ").append(file.getFileName()).append('\n');
            }
            Files.writeString(folder.resolve("MANIFEST.sha256"), manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code find} in the copy's curation file; returns its 1-based line. */
    public static int edit(Path folder, String find, String replacement) {
        try {
            Path curation = folder.resolve(FILE);
            String text = Files.readString(curation);
            int at = text.indexOf(find);
            if (at < 0) {
                throw new IllegalArgumentException("the fixture has no '" + find + "'");
            }
            Files.writeString(curation, text.substring(0, at) + replacement + text.substring(at + find.length()));
            return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
