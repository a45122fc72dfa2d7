package org.beachhead.corpus;

import java.util.Arrays;

/**
 * Where one entry of the curation file stands: its line and the line of each of its values, so a
 * check after parsing can still point at them. Entries keep this rather than their YAML nodes, which
 * would keep the whole node tree of a large corpus alive until the import ends.
 */
final class EntrySource {

    private final String file;
    private final int line;
    /** The entry's keys (interned: every event repeats the same few) and, at the same index, their values' lines. */
    private final String[] keys;
    private final int[] valueLines;

    EntrySource(String file, int line, String[] keys, int[] valueLines) {
        this.file = file;
        this.line = line;
        this.keys = Arrays.stream(keys).map(String::intern).toArray(String[]::new);
        this.valueLines = valueLines.clone();
    }

    int line() {
        return line;
    }

    /** A problem of {@code entry} at the value of {@code key}, or at the entry itself when it has no such key. */
    CorpusProblem problemAt(String key, String entry, String message) {
        int at = Arrays.asList(keys).indexOf(key);
        return new CorpusProblem(file, at < 0 ? line : valueLines[at], entry, message);
    }
}
