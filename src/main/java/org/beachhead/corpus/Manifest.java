package org.beachhead.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code MANIFEST.sha256}: the SHA-256 of every article file as it was captured, in the format
 * {@code sha256sum} writes. An article is loaded only if its bytes still have that hash, so an
 * invented sentence, a changed line ending or a byte order mark cannot pass for the source.
 */
final class Manifest {

    static final String FILE = "MANIFEST.sha256";

    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) [ *](\\S+)");

    private final Map<String, String> hashes;
    /** Set when the manifest itself cannot be used: every article is refused, under this one problem. */
    private final CorpusProblem unusable;

    private Manifest(Map<String, String> hashes, CorpusProblem unusable) {
        this.hashes = hashes;
        this.unusable = unusable;
    }

    static Manifest read(CorpusFiles files) {
        String where = files.describe(FILE);
        if (!files.exists(FILE)) {
            return new Manifest(Map.of(), new CorpusProblem(where, 0, "", "the manifest is missing: it lists the SHA-256"
                    + " of every article file (docs/curating.md says how to write it)"));
        }
        Map<String, String> hashes = new HashMap<>();
        List<String> bad = new ArrayList<>();
        String text;
        try {
            text = new String(files.read(FILE), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new Manifest(Map.of(), new CorpusProblem(where, 0, "", "cannot read the file: " + e));
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher line = LINE.matcher(lines[i].strip());
            if (line.matches()) {
                hashes.put(line.group(2), line.group(1));
            } else if (!lines[i].isBlank()) {
                bad.add(String.valueOf(i + 1));
            }
        }
        if (!bad.isEmpty()) {
            return new Manifest(Map.of(), new CorpusProblem(where, Integer.parseInt(bad.get(0)), "",
                    "line " + String.join(", ", bad) + " is not '<sha256 in lower-case hex>  <file name>', as sha256sum writes it"));
        }
        return new Manifest(hashes, null);
    }

    /** Whether articles can be checked at all; if not, {@link #problems()} says why, once for all of them. */
    boolean usable() {
        return unusable == null;
    }

    /** What is wrong with an article file whose bytes hash to {@code actual}: no manifest line, or another hash. */
    Optional<CorpusProblem> mismatch(String file, String actual, String displayName) {
        String expected = hashes.get(file);
        if (expected == null) {
            return Optional.of(new CorpusProblem(displayName, 0, "", "the article has no line in " + FILE
                    + "; its SHA-256 is " + actual + " (add it as docs/curating.md says)"));
        }
        if (!expected.equals(actual)) {
            return Optional.of(new CorpusProblem(displayName, 0, "", "the article differs from the file as captured:"
                    + " its SHA-256 is " + actual + " but " + FILE + " says " + expected
                    + "; it is refused (articles are never edited, see docs/curating.md)"));
        }
        return Optional.empty();
    }

    /** The problem that makes the manifest unusable, to be reported once. */
    List<CorpusProblem> problems() {
        return unusable == null ? List.of() : List.of(unusable);
    }
}
