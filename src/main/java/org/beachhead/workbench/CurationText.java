package org.beachhead.workbench;

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

    private static final Pattern TOP_LEVEL = Pattern.compile("^(?:[A-Za-z_]+:.*|\\.\\.\\.)$");
    private static final Pattern RETIRED = Pattern.compile("^retired:\\s*(#.*)?$");
    private static final Pattern CHILD_KEY = Pattern.compile("^ +[A-Za-z_]+:.*$");
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
     * The text with {@code slug} in the list {@code list} under the top-level {@code retired:} (as a flow list
     * {@code [a, b]} or a block of {@code - a} lines, as the file writes it), creating the list or the section, before
     * the closing {@code ...}, when it has none. Unchanged when the slug is listed already.
     *
     * @throws IllegalArgumentException when the list is written in a form this cannot extend
     */
    static String declareRetired(String curation, String list, String slug) {
        List<String> lines = curation.lines().toList();
        int section = 0;
        while (section < lines.size() && !RETIRED.matcher(lines.get(section)).matches()) {
            section++;
        }
        if (section == lines.size()) {
            int end = lines.size();
            while (end > 0 && (lines.get(end - 1).equals("...") || lines.get(end - 1).isBlank())) {
                end--;
            }
            int offset = offsetOfLine(curation, end);
            return curation.substring(0, offset) + "\nretired:\n  " + list + ": [" + slug + "]\n" + curation.substring(offset);
        }
        Pattern flow = Pattern.compile("^( +)" + list + ":\\s*\\[([^\\]]*)](.*)$");
        Pattern block = Pattern.compile("^( +)" + list + ":\\s*(#.*)?$");
        int childIndent = -1;
        for (int i = section + 1; i < lines.size() && !TOP_LEVEL.matcher(lines.get(i)).matches(); i++) {
            String line = lines.get(i);
            Matcher inline = flow.matcher(line);
            Matcher items = block.matcher(line);
            if (childIndent < 0 && CHILD_KEY.matcher(line).matches()) {
                childIndent = line.length() - line.stripLeading().length();
            }
            if (inline.matches()) {
                List<String> listed = Arrays.stream(inline.group(2).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                if (listed.contains(slug)) {
                    return curation;
                }
                String joined = listed.isEmpty() ? slug : inline.group(2).stripTrailing() + ", " + slug;
                return replaceLine(curation, i, inline.group(1) + list + ": [" + joined + "]" + inline.group(3));
            }
            if (items.matches()) {
                int last = i;
                for (int j = i + 1; j < lines.size() && lines.get(j).stripLeading().startsWith("-")
                        && lines.get(j).length() - lines.get(j).stripLeading().length() >= items.group(1).length(); j++) {
                    if (lines.get(j).stripLeading().substring(1).strip().equals(slug)) {
                        return curation;
                    }
                    last = j;
                }
                if (last == i) {
                    throw new IllegalArgumentException("'retired: " + list + ":' is neither a list of slugs nor empty");
                }
                String dash = lines.get(last).substring(0, lines.get(last).indexOf('-'));
                int offset = offsetOfLine(curation, last + 1);
                return curation.substring(0, offset) + dash + "- " + slug + "\n" + curation.substring(offset);
            }
            if (line.strip().startsWith(list + ":")) {
                throw new IllegalArgumentException("'retired: " + list + ":' is written in a form the workbench cannot extend");
            }
        }
        int offset = offsetOfLine(curation, section + 1);
        return curation.substring(0, offset) + " ".repeat(childIndent < 0 ? 2 : childIndent) + list + ": [" + slug + "]\n" + curation.substring(offset);
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
