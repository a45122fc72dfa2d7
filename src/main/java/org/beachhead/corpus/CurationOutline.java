package org.beachhead.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
 * the YAML or decoding the whole file: enough to tell which entries two versions of a large corpus's file differ in, and
 * to hand the parser only some of them. Recognises the layout the curators and the workbench write (a section key
 * at column 0, items at {@code "  - "}, each with a {@code slug:}); a file laid out otherwise has no outline.
 */
final class CurationOutline {

    private static final Pattern SECTION = Pattern.compile("([a-z_]+):.*");
    private static final Pattern SLUG = Pattern.compile("\\s*-?\\s*slug:\\s*\"?([^\"#\\s]+)\"?\\s*(#.*)?");
    private static final byte[] ITEM = "  - ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NESTED_SLUG = "    slug:".getBytes(StandardCharsets.US_ASCII);

    /** One list item of a section: its slug and its lines, {@code [first, end)}. */
    record Item(String section, String slug, int first, int end) {
    }

    /** A top-level section's lines, {@code [first, end)}, and its items in order. */
    record Section(String name, int first, int end, List<Item> items) {
    }

    /** The file's bytes, UTF-8. */
    private final byte[] text;
    /** Where each line starts in {@link #text}, and one more entry: the text's length. */
    private final int[] lineStarts;
    private final Map<String, Section> sections;
    /** Each section's items by slug, made when first asked for. */
    private final Map<String, Map<String, Item>> itemsBySlug = new HashMap<>();

    private CurationOutline(byte[] text, int[] lineStarts, Map<String, Section> sections) {
        this.text = text;
        this.lineStarts = lineStarts;
        this.sections = sections;
    }

    /** The outline, or empty when the file is not laid out as the outline expects. */
    static Optional<CurationOutline> of(byte[] text) {
        int[] starts = lineStarts(text);
        int lines = starts.length - 1;
        Map<String, Section> sections = new LinkedHashMap<>();
        String name = null;
        int sectionFirst = 0;
        List<Item> items = new ArrayList<>();
        int itemFirst = -1;
        for (int line = 0; line <= lines; line++) {
            boolean topLevel = line == lines || (!blank(text, starts[line], starts[line + 1]) && text[starts[line]] != ' ');
            boolean itemStart = !topLevel && startsWith(text, starts[line], starts[line + 1], ITEM);
            if ((topLevel || itemStart) && itemFirst >= 0) {
                Optional<String> slug = slugOf(text, starts, itemFirst, line);
                if (slug.isEmpty()) {
                    return Optional.empty();
                }
                items.add(new Item(name, slug.get(), itemFirst, line));
                itemFirst = -1;
            }
            if (topLevel) {
                String content = line == lines ? "" : decode(text, starts[line], starts[line + 1]).stripTrailing();
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
        return itemsBySlug.computeIfAbsent(section, name -> {
            Map<String, Item> bySlug = new HashMap<>();
            section(name).ifPresent(found -> found.items().forEach(item -> bySlug.putIfAbsent(item.slug(), item)));
            return Map.copyOf(bySlug);
        });
    }

    /** Whether some slug is used by two items of one section. */
    boolean hasDuplicateSlugs() {
        return sections.values().stream().anyMatch(section -> items(section.name()).size() != section.items().size());
    }

    /** Whether this outline's item has the same lines as {@code other}'s. */
    boolean sameText(Item item, CurationOutline other, Item otherItem) {
        return sameLines(item.first(), item.end(), other, otherItem.first(), otherItem.end());
    }

    /** Whether the section is the same, line for line, in {@code other}. */
    boolean sameText(Section section, CurationOutline other, Section otherSection) {
        return sameLines(section.first(), section.end(), other, otherSection.first(), otherSection.end());
    }

    /** The section's lines that are not inside an item: its key line, comments, blank lines. */
    byte[] outsideItems(Section section) {
        ByteArrayOutputStream outside = new ByteArrayOutputStream();
        int line = section.first();
        for (Item item : section.items()) {
            write(outside, line, item.first());
            line = item.end();
        }
        write(outside, line, section.end());
        return outside.toByteArray();
    }

    /**
     * The file with every line blanked out except the lines outside items, the whole of the sections named in
     * {@code whole}, and the items kept: line numbers stay those of the file, so problems name the real line.
     */
    byte[] keeping(Set<Item> kept, Set<String> whole) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length / 8);
        int line = 0;
        if (!sections.isEmpty()) {
            line = sections.values().iterator().next().first();
            write(out, 0, line);
        }
        for (Section section : sections.values()) {
            if (whole.contains(section.name())) {
                write(out, section.first(), section.end());
                line = section.end();
                continue;
            }
            line = section.first();
            if (!section.items().isEmpty() && section.items().stream().noneMatch(kept::contains)) {
                // With all its items blanked out the section would be empty rather than an empty list.
                out.writeBytes((section.name() + ": []\n").getBytes(StandardCharsets.UTF_8));
                line++;
            }
            for (Item item : section.items()) {
                write(out, line, item.first());
                if (kept.contains(item)) {
                    write(out, item.first(), item.end());
                } else {
                    out.writeBytes("\n".repeat(item.end() - item.first()).getBytes(StandardCharsets.US_ASCII));
                }
                line = item.end();
            }
            write(out, line, section.end());
            line = section.end();
        }
        write(out, line, lineStarts.length - 1);
        return out.toByteArray();
    }

    private void write(ByteArrayOutputStream out, int first, int end) {
        out.write(text, lineStarts[first], lineStarts[end] - lineStarts[first]);
    }

    private boolean sameLines(int first, int end, CurationOutline other, int otherFirst, int otherEnd) {
        return Arrays.equals(text, lineStarts[first], lineStarts[end],
                other.text, other.lineStarts[otherFirst], other.lineStarts[otherEnd]);
    }

    private static Optional<String> slugOf(byte[] text, int[] starts, int first, int end) {
        for (int line = first; line < end; line++) {
            if (line != first && !startsWith(text, starts[line], starts[line + 1], NESTED_SLUG)) {
                continue;
            }
            Matcher slug = SLUG.matcher(decode(text, starts[line], starts[line + 1]).stripTrailing());
            if (slug.matches()) {
                return Optional.of(slug.group(1));
            }
        }
        return Optional.empty();
    }

    private static String decode(byte[] text, int start, int end) {
        return new String(text, start, end - start, StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] text, int start, int end, byte[] prefix) {
        return end - start >= prefix.length && Arrays.equals(text, start, start + prefix.length, prefix, 0, prefix.length);
    }

    private static boolean blank(byte[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text[i] != ' ' && text[i] != '\n' && text[i] != '\r' && text[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static int[] lineStarts(byte[] text) {
        int[] starts = new int[Math.max(16, text.length / 32)];
        int count = 1;
        for (int i = 0; i + 1 < text.length; i++) {
            if (text[i] == '\n') {
                if (count + 1 >= starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[count++] = i + 1;
            }
        }
        starts[count] = text.length;
        return Arrays.copyOf(starts, count + 1);
    }
}
