package org.beachhead.workbench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits of the curation file as text: a new entry goes in at the end of its section and every other byte stays as
 * it was, so a version's diff shows only the edit and curators' comments and layout survive the browser.
 */
final class CurationText {

    /** A line that starts a top-level section, or the end of the document. */
    private static final Pattern TOP_LEVEL = Pattern.compile("^(?:[A-Za-z_]+:.*|\\.\\.\\.)$");
    private static final Pattern CHILD_KEY = Pattern.compile("^ +[A-Za-z_]+:.*$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)_.*\\.txt$");

    private CurationText() {
    }

    /**
     * The file's UTF-8 bytes with {@code entry} (lines ending in a line break) appended to the list under the
     * top-level {@code section}, before the blank lines and comments that lead into the next section. Bytes rather
     * than text: on the large corpus, decoded copies of the file were most of a save's time, and ran the heap
     * out of contiguous room for them.
     *
     * @throws IllegalArgumentException when the file has no such section
     */
    static byte[] insert(byte[] curation, String section, String entry) {
        Pattern header = Pattern.compile("^" + section + ":\\s*(#.*)?$");
        int headerEnd = -1;
        int lastKept = -1;
        for (int start = 0; start < curation.length; ) {
            int next = start;
            while (next < curation.length && curation[next] != '\n') {
                next++;
            }
            boolean topLevel = next > start && curation[start] != ' ';
            if (headerEnd < 0) {
                if (topLevel && header.matcher(line(curation, start, next)).matches()) {
                    headerEnd = Math.min(next + 1, curation.length);
                    lastKept = headerEnd;
                }
            } else if (topLevel && TOP_LEVEL.matcher(line(curation, start, next)).matches()) {
                break;
            } else if (!blank(curation, start, next) && curation[start] != '#') {
                lastKept = Math.min(next + 1, curation.length);
            }
            start = next + 1;
        }
        if (headerEnd < 0) {
            throw new IllegalArgumentException("the curation file has no '" + section + ":' section");
        }
        byte[] added = ((lastKept > headerEnd ? "\n" : "") + entry).getBytes(StandardCharsets.UTF_8);
        byte[] result = new byte[curation.length + added.length];
        System.arraycopy(curation, 0, result, 0, lastKept);
        System.arraycopy(added, 0, result, lastKept, added.length);
        System.arraycopy(curation, lastKept, result, lastKept + added.length, curation.length - lastKept);
        return result;
    }

    private static boolean blank(byte[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text[i])) {
                return false;
            }
        }
        return true;
    }

    private static String line(byte[] text, int start, int end) {
        int to = end > start && text[end - 1] == '\r' ? end - 1 : end;
        return new String(text, start, to - start, StandardCharsets.UTF_8);
    }

    /**
     * The text with {@code slug} in the list {@code list} under the top-level {@code retired:} (as a flow list
     * {@code [a, b]} or a block of {@code - a} lines, as the file writes it), creating the list or the section, before
     * the closing {@code ...}, when it has none. Unchanged when the slug is listed already.
     *
     * @throws IllegalArgumentException when the list is written in a form this cannot extend
     */
    static String declareRetired(String curation, String list, String slug) {
        int header = header(curation, "retired");
        if (header < 0) {
            int end = curation.length();
            while (end > 0) {
                int start = lineBefore(curation, end);
                String line = curation.substring(start, end).strip();
                if (!line.isEmpty() && !line.equals("...")) {
                    break;
                }
                end = start;
            }
            return curation.substring(0, end) + "\nretired:\n  " + list + ": [" + slug + "]\n" + curation.substring(end);
        }
        int from = header;
        int to = sectionEnd(curation, header);
        String section = curation.substring(from, to);
        String declared = declaredIn(section, list, slug);
        return declared.equals(section) ? curation : curation.substring(0, from) + declared + curation.substring(to);
    }

    /** {@link #declareRetired} in the {@code retired:} section's own text, its header the first line. */
    private static String declaredIn(String section, String list, String slug) {
        List<String> lines = section.lines().toList();
        Pattern flow = Pattern.compile("^( +)" + list + ":\\s*\\[([^\\]]*)](.*)$");
        Pattern block = Pattern.compile("^( +)" + list + ":\\s*(#.*)?$");
        int childIndent = -1;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher inline = flow.matcher(line);
            Matcher items = block.matcher(line);
            if (childIndent < 0 && CHILD_KEY.matcher(line).matches()) {
                childIndent = line.length() - line.stripLeading().length();
            }
            if (inline.matches()) {
                List<String> listed = Arrays.stream(inline.group(2).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                if (listed.contains(slug)) {
                    return section;
                }
                String joined = listed.isEmpty() ? slug : inline.group(2).stripTrailing() + ", " + slug;
                return replaceLine(section, i, inline.group(1) + list + ": [" + joined + "]" + inline.group(3));
            }
            if (items.matches()) {
                int last = i;
                for (int j = i + 1; j < lines.size() && lines.get(j).stripLeading().startsWith("-")
                        && lines.get(j).length() - lines.get(j).stripLeading().length() >= items.group(1).length(); j++) {
                    if (lines.get(j).stripLeading().substring(1).strip().equals(slug)) {
                        return section;
                    }
                    last = j;
                }
                if (last == i) {
                    throw new IllegalArgumentException("'retired: " + list + ":' is neither a list of slugs nor empty");
                }
                String dash = lines.get(last).substring(0, lines.get(last).indexOf('-'));
                int offset = offsetOfLine(section, last + 1);
                return section.substring(0, offset) + dash + "- " + slug + "\n" + section.substring(offset);
            }
            if (line.strip().startsWith(list + ":")) {
                throw new IllegalArgumentException("'retired: " + list + ":' is written in a form the workbench cannot extend");
            }
        }
        int offset = offsetOfLine(section, 1);
        return section.substring(0, offset) + " ".repeat(childIndent < 0 ? 2 : childIndent) + list + ": [" + slug + "]\n"
                + section.substring(offset);
    }

    /**
     * Where the top-level line {@code name:} starts (a comment may follow it), or -1 when there is none. Looked for
     * with {@code indexOf}, as every search of this class: a pattern tried at each of the large corpus's twenty
     * million characters costs a tenth of a second.
     */
    static int header(String text, String name) {
        String key = name + ":";
        for (int at = text.startsWith(key) ? 0 : after(text, "\n" + key, 0); at >= 0; at = after(text, "\n" + key, at)) {
            String rest = lineAt(text, at).substring(key.length()).strip();
            if (rest.isEmpty() || rest.startsWith("#")) {
                return at;
            }
        }
        return -1;
    }

    private static int after(String text, String found, int from) {
        int at = text.indexOf(found, from);
        return at < 0 ? -1 : at + 1;
    }

    /** Where the top-level section whose header is at {@code header} ends: at the next top-level line or {@code ...}. */
    static int sectionEnd(String text, int header) {
        for (int at = lineAfter(text, header); at < text.length(); at = lineAfter(text, at)) {
            char first = text.charAt(at);
            if ((Character.isLetter(first) || first == '_' || first == '.') && TOP_LEVEL.matcher(lineAt(text, at)).matches()) {
                return at;
            }
        }
        return text.length();
    }

    /** The line that starts at {@code start}, without its line feed. */
    static String lineAt(String text, int start) {
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** The start of the line after the one that {@code offset} is on (the text's length after its last line). */
    static int lineAfter(String text, int offset) {
        int next = text.indexOf('\n', offset);
        return next < 0 ? text.length() : next + 1;
    }

    /** The start of the line before the one starting at {@code lineStart}. */
    static int lineBefore(String text, int lineStart) {
        return text.lastIndexOf('\n', lineStart - 2) + 1;
    }

    private static String replaceLine(String text, int line, String replacement) {
        int from = offsetOfLine(text, line);
        int to = text.indexOf('\n', from);
        return text.substring(0, from) + replacement + (to < 0 ? "" : text.substring(to));
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
