package org.beachhead.workbench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits of the curation file as text: a new entry goes in at the end of its section and every other byte stays as
 * it was, so a version's diff shows only the edit and curators' comments and layout survive the browser.
 */
final class CurationText {

    private static final Pattern TOP_LEVEL = Pattern.compile("^(?:[A-Za-z_]+:.*|\\.\\.\\.)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)_.*\\.txt$");

    private CurationText() {
    }

    /**
     * The text with {@code entry} (lines ending in a line break) appended to the list under the top-level
     * {@code section}, before the blank lines and comments that lead into the next section.
     *
     * @throws IllegalArgumentException when the file has no such section
     */
    static String insert(String curation, String section, String entry) {
        List<String> lines = curation.lines().toList();
        Pattern header = Pattern.compile("^" + section + ":\\s*(#.*)?$");
        int start = 0;
        while (start < lines.size() && !header.matcher(lines.get(start)).matches()) {
            start++;
        }
        if (start == lines.size()) {
            throw new IllegalArgumentException("the curation file has no '" + section + ":' section");
        }
        int next = start + 1;
        while (next < lines.size() && !TOP_LEVEL.matcher(lines.get(next)).matches()) {
            next++;
        }
        int end = next;
        while (end > start + 1 && (lines.get(end - 1).isBlank() || lines.get(end - 1).startsWith("#"))) {
            end--;
        }
        int offset = offsetOfLine(curation, end);
        String gap = end > start + 1 ? "\n" : "";
        return curation.substring(0, offset) + gap + entry + curation.substring(offset);
    }

    /**
     * As {@link #insert(String, String, String)}, on the file's UTF-8 bytes: the result is the one array the save
     * needs, with no decoded copies of a 20 MB file beside it (two of them and the search index did not fit a
     * 512 MiB heap).
     */
    static byte[] insert(byte[] curation, String section, String entry) {
        List<int[]> lines = new ArrayList<>();
        for (int start = 0; start < curation.length; ) {
            int end = start;
            while (end < curation.length && curation[end] != '\n') {
                end++;
            }
            lines.add(new int[]{start, end});
            start = end + 1;
        }
        Pattern header = Pattern.compile("^" + section + ":\\s*(#.*)?$");
        int start = 0;
        while (start < lines.size() && !(topLevelCandidate(curation, lines.get(start)) && header.matcher(line(curation, lines.get(start))).matches())) {
            start++;
        }
        if (start == lines.size()) {
            throw new IllegalArgumentException("the curation file has no '" + section + ":' section");
        }
        int next = start + 1;
        while (next < lines.size() && !(topLevelCandidate(curation, lines.get(next)) && TOP_LEVEL.matcher(line(curation, lines.get(next))).matches())) {
            next++;
        }
        int end = next;
        while (end > start + 1 && (line(curation, lines.get(end - 1)).isBlank() || line(curation, lines.get(end - 1)).startsWith("#"))) {
            end--;
        }
        int offset = end < lines.size() ? lines.get(end)[0] : curation.length;
        byte[] added = ((end > start + 1 ? "\n" : "") + entry).getBytes(StandardCharsets.UTF_8);
        byte[] result = new byte[curation.length + added.length];
        System.arraycopy(curation, 0, result, 0, offset);
        System.arraycopy(added, 0, result, offset, added.length);
        System.arraycopy(curation, offset, result, offset + added.length, curation.length - offset);
        return result;
    }

    /** Only a line that starts at column 0 with a letter, '_', '.' or '#' can be a section key or the end marker. */
    private static boolean topLevelCandidate(byte[] text, int[] line) {
        return line[1] > line[0] && text[line[0]] != ' ';
    }

    private static String line(byte[] text, int[] line) {
        int end = line[1] > line[0] && text[line[1] - 1] == '\r' ? line[1] - 1 : line[1];
        return new String(text, line[0], end - line[0], StandardCharsets.UTF_8);
    }

    private static int offsetOfLine(String text, int line) {
        int offset = 0;
        for (int i = 0; i < line; i++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset;
    }

    /** A YAML double-quoted scalar: any text, on one line. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Words of an article as a curator quotes them: every run of white space is one space (the verifier folds them so). */
    static String words(String quote) {
        return quote == null ? "" : quote.strip().replaceAll("\\s+", " ");
    }

    /** {@code  key: "value"} on its own line, or nothing for a blank value. */
    static String line(String indent, String key, String value) {
        return value == null || value.isBlank() ? "" : indent + key + ": " + quoted(value.strip()) + "\n";
    }

    /** {@code  key: [a, b]} from comma-separated slugs, or nothing for none. */
    static String slugs(String indent, String key, List<String> slugs) {
        return slugs.isEmpty() ? "" : indent + key + ": [" + String.join(", ", slugs) + "]\n";
    }

    /** The name a capture gets, as curators name them: the next number, then the start of its SHA-256. */
    static String captureName(Collection<String> names, String sha256) {
        int width = 3;
        int last = -1;
        for (String name : names) {
            Matcher numbered = NUMBERED.matcher(name);
            if (numbered.matches()) {
                width = numbered.group(1).length();
                last = Math.max(last, Integer.parseInt(numbered.group(1)));
            }
        }
        return String.format("%0" + width + "d_%s.txt", last + 1, sha256.substring(0, 16));
    }

    /** The manifest with a line for one more file, as {@code sha256sum} writes it. */
    static String manifestWith(String manifest, String sha256, String name) {
        String base = manifest.isEmpty() || manifest.endsWith("\n") ? manifest : manifest + "\n";
        return base + sha256 + "  " + name + "\n";
    }
}
