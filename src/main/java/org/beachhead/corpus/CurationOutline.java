package org.beachhead.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a curation file, cut into its top-level sections and their list items by slug, without parsing
 * the YAML: enough to tell which entries two versions of a 20 MB file differ in, and to hand the parser only
 * some of them. Recognises the layout the curators and the workbench write (a section key at column 0, items
 * at {@code "  - "}, each with a {@code slug:}); a file laid out otherwise has no outline, and is read whole.
 */
final class CurationOutline {

    private static final Pattern SECTION = Pattern.compile("([a-z_]+):.*");
    private static final Pattern SLUG = Pattern.compile("\\s*-?\\s*slug:\\s*\"?([^\"#\\s]+)\"?\\s*(#.*)?");

    /** One list item of a section: its slug and its lines, {@code [first, end)}. */
    record Item(String section, String slug, int first, int end) {
    }

    /** A top-level section's lines, {@code [first, end)}, and its items in order. */
    record Section(String name, int first, int end, List<Item> items) {
    }

    private final String text;
    /** Where each line starts in {@link #text}, and one more entry: the text's length. */
    private final int[] lineStarts;
    private final Map<String, Section> sections;

    private CurationOutline(String text, int[] lineStarts, Map<String, Section> sections) {
        this.text = text;
        this.lineStarts = lineStarts;
        this.sections = sections;
    }

    /** The outline, or empty when the file is not laid out as the outline expects. */
    static Optional<CurationOutline> of(String text) {
        int[] starts = lineStarts(text);
        int lines = starts.length - 1;
        Map<String, Section> sections = new LinkedHashMap<>();
        String name = null;
        int sectionFirst = 0;
        List<Item> items = new ArrayList<>();
        int itemFirst = -1;
        for (int line = 0; line <= lines; line++) {
            String content = line == lines ? "" : text.substring(starts[line], starts[line + 1]).stripTrailing();
            boolean topLevel = line == lines || (!content.isEmpty() && content.charAt(0) != ' ');
            boolean itemStart = !topLevel && content.startsWith("  - ");
            if ((topLevel || itemStart) && itemFirst >= 0) {
                Optional<String> slug = slugOf(text, starts, itemFirst, line);
                if (slug.isEmpty()) {
                    return Optional.empty();
                }
                items.add(new Item(name, slug.get(), itemFirst, line));
                itemFirst = -1;
            }
            if (topLevel) {
                Matcher section = SECTION.matcher(content);
                // The end-of-document marker closes the last section: what is added before it stays outside it.
                boolean end = line == lines || content.equals("...");
                if (end || section.matches()) {
                    if (name != null) {
                        sections.put(name, new Section(name, sectionFirst, line, List.copyOf(items)));
                    }
                    name = end ? null : section.group(1);
                    sectionFirst = line;
                    items = new ArrayList<>();
                }
            } else if (itemStart && name != null) {
                itemFirst = line;
            }
        }
        return Optional.of(new CurationOutline(text, starts, sections));
    }

    Optional<Section> section(String name) {
        return Optional.ofNullable(sections.get(name));
    }

    Set<String> sectionNames() {
        return sections.keySet();
    }

    /** The section's items by slug; a slug used twice keeps its first item. */
    Map<String, Item> items(String section) {
        Map<String, Item> bySlug = new HashMap<>();
        section(section).ifPresent(found -> found.items().forEach(item -> bySlug.putIfAbsent(item.slug(), item)));
        return bySlug;
    }

    /** Whether some slug is used by two items of one section. */
    boolean hasDuplicateSlugs() {
        return sections.values().stream().anyMatch(section -> items(section.name()).size() != section.items().size());
    }

    /** The text of lines {@code [first, end)}. */
    String lines(int first, int end) {
        return text.substring(lineStarts[first], lineStarts[end]);
    }

    String text(Item item) {
        return lines(item.first(), item.end());
    }

    /** The section's lines that are not inside an item: its key line, comments, blank lines. */
    String outsideItems(Section section) {
        StringBuilder outside = new StringBuilder();
        int line = section.first();
        for (Item item : section.items()) {
            outside.append(lines(line, item.first()));
            line = item.end();
        }
        return outside.append(lines(line, section.end())).toString();
    }

    /**
     * The file with every line blanked out except the lines outside items, the whole of the sections named in
     * {@code whole}, and the items kept: line numbers stay those of the file, so problems name the real line.
     */
    String keeping(Set<Item> kept, Set<String> whole) {
        StringBuilder out = new StringBuilder(text.length() / 8);
        int line = 0;
        int lines = lineStarts.length - 1;
        if (!sections.isEmpty()) {
            int first = sections.values().iterator().next().first();
            out.append(lines(0, first));
            line = first;
        }
        for (Section section : sections.values()) {
            if (whole.contains(section.name())) {
                out.append(lines(section.first(), section.end()));
                line = section.end();
                continue;
            }
            line = section.first();
            if (!section.items().isEmpty() && section.items().stream().noneMatch(kept::contains)) {
                // With all its items blanked out the section would be empty rather than an empty list.
                out.append(section.name()).append(": []\n");
                line++;
            }
            for (Item item : section.items()) {
                out.append(lines(line, item.first()));
                if (kept.contains(item)) {
                    out.append(text(item));
                } else {
                    out.append("\n".repeat(item.end() - item.first()));
                }
                line = item.end();
            }
            out.append(lines(line, section.end()));
            line = section.end();
        }
        return out.append(text, lineStarts[Math.min(line, lines)], text.length()).toString();
    }

    private static Optional<String> slugOf(String text, int[] starts, int first, int end) {
        for (int line = first; line < end; line++) {
            Matcher slug = SLUG.matcher(text.substring(starts[line], starts[line + 1]).stripTrailing());
            if (slug.matches() && (line == first || text.startsWith("    slug:", starts[line]))) {
                return Optional.of(slug.group(1));
            }
        }
        return Optional.empty();
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && i + 1 < text.length()) {
                count++;
            }
        }
        int[] starts = new int[count + 1];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && i + 1 < text.length()) {
                starts[line++] = i + 1;
            }
        }
        starts[count] = text.length();
        return starts;
    }
}
