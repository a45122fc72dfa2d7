package org.beachhead.workbench;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.beachhead.workbench.CurationText.quoted;

/**
 * One event's entry in the curation file, as text: its lines under {@code events:}, found by its slug, and its
 * values as the file gives them. A rewrite goes key by key: a key whose value did not change keeps its lines as
 * written (layout, quoting, comments), so a version's diff shows only what the editor changed.
 *
 * @param start  offset of the entry's first line
 * @param end    offset just after its last line; blank lines and comments after it lead into the next entry
 * @param dash   the column of the entry's {@code -}
 * @param indent the indentation of its keys
 * @param keys   the entry's keys in the file's order, each with its lines (the first with the dash blanked)
 * @param values the values as the file gives them: strings, lists of strings, mappings of strings
 */
record EventEntryText(int start, int end, int dash, int indent, List<Key> keys, Map<String, Object> values) {

    /** The keys an event entry is written with, in this order when the editor adds one. */
    static final List<String> ORDER = List.of("slug", "key", "date", "dated_by", "date_note", "date_note_zh",
            "date_quote", "kind", "headline", "headline_zh", "attribution", "speaker", "relayed_from", "certainty",
            "deal", "partners", "backers", "rivals", "suppliers", "mentioned", "titles", "regulators", "rules", "people",
            "contradicts", "revises", "reports_again", "excerpts");
    /** Values written without quotes: slugs, codes and the flag, as curators write them. */
    private static final Set<String> PLAIN = Set.of("slug", "key", "dated_by", "kind", "attribution", "speaker",
            "certainty", "deal");
    private static final Pattern KEY = Pattern.compile("^ *([A-Za-z_]+)\\s*:.*$");

    /** A key of the entry and its lines, each ending in a line break. */
    record Key(String name, String text) {
    }

    /**
     * The entry of the event {@code slug} under {@code events:}; empty when there is none. Found by offsets, without
     * splitting the file into lines: on the large corpus it has hundreds of thousands.
     */
    static Optional<EventEntryText> find(String curation, String slug) {
        int section = CurationText.header(curation, "events");
        if (section < 0) {
            return Optional.empty();
        }
        int end = CurationText.sectionEnd(curation, section);
        Pattern slugLine = Pattern.compile("( *)(- +)?slug:[ \\t]*([\"']?)" + Pattern.quote(slug) + "\\3[ \\t\\r]*(#.*)?");
        for (int at = curation.indexOf(slug, section); at >= 0 && at < end; at = curation.indexOf(slug, at + 1)) {
            int start = curation.lastIndexOf('\n', at) + 1;
            Matcher found = slugLine.matcher(CurationText.lineAt(curation, start));
            if (found.matches()) {
                return Optional.of(at(curation, start, found));
            }
        }
        return Optional.empty();
    }

    private static EventEntryText at(String curation, int slugLine, Matcher found) {
        int first = slugLine;
        int dash;
        int indent;
        if (found.group(2) != null) {
            dash = found.group(1).length();
            indent = dash + found.group(2).length();
        } else {
            indent = found.group(1).length();
            while (first > 0 && !startsEntry(CurationText.lineAt(curation, first), indent)) {
                first = CurationText.lineBefore(curation, first);
            }
            dash = indentOf(CurationText.lineAt(curation, first));
        }
        int end = CurationText.lineAfter(curation, first);
        for (int at = end; at < curation.length(); at = CurationText.lineAfter(curation, at)) {
            String line = CurationText.lineAt(curation, at);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            if (indentOf(line) <= dash) {
                break;
            }
            end = CurationText.lineAfter(curation, at);
        }
        String entry = curation.substring(first, end);
        List<Key> keys = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String name = null;
        // Split on line feeds only, so a line keeps a carriage return it has and a kept key keeps its bytes.
        List<String> lines = List.of((entry.endsWith("\n") ? entry.substring(0, entry.length() - 1) : entry).split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? " ".repeat(indent) + lines.get(i).substring(indent) : lines.get(i);
            Matcher key = KEY.matcher(line);
            if (!line.stripLeading().startsWith("#") && indentOf(line) == indent && key.matches()) {
                if (name != null) {
                    keys.add(new Key(name, text.toString()));
                }
                name = key.group(1);
                text.setLength(0);
            }
            text.append(line).append('\n');
        }
        keys.add(new Key(name, text.toString()));
        return new EventEntryText(first, end, dash, indent, List.copyOf(keys), parse(entry));
    }

    /**
     * The entry's text with {@code changed} values: keys whose value is the file's keep their lines, changed ones are
     * written anew where they were, new ones before the first key {@link #ORDER} puts after them, and keys absent from {@code changed} go.
     */
    String rewritten(Map<String, Object> changed) {
        List<Key> out = new ArrayList<>();
        for (Key key : keys) {
            if (changed.containsKey(key.name())) {
                out.add(Objects.equals(values.get(key.name()), changed.get(key.name())) ? key
                        : new Key(key.name(), render(key.name(), changed.get(key.name()))));
            }
        }
        for (String name : ORDER) {
            if (changed.containsKey(name) && !values.containsKey(name)) {
                int before = 1;
                while (before < out.size() && ORDER.indexOf(out.get(before).name()) < ORDER.indexOf(name)) {
                    before++;
                }
                out.add(before, new Key(name, render(name, changed.get(name))));
            }
        }
        StringBuilder text = new StringBuilder();
        out.forEach(key -> text.append(key.text()));
        text.setCharAt(dash, '-');
        return text.toString();
    }

    /** The curation file with this entry replaced by {@code entry}. */
    String replacedIn(String curation, String entry) {
        return curation.substring(0, start) + entry + curation.substring(end);
    }

    /** The curation file without this entry, and without one of the blank lines that set it apart. */
    String removedFrom(String curation) {
        int from = start;
        int to = end;
        if (curation.startsWith("\n", to)) {
            to++;
        } else if (from > 1 && curation.startsWith("\n\n", from - 2)) {
            from--;
        }
        return curation.substring(0, from) + curation.substring(to);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, String>> excerpts() {
        Object excerpts = values.get("excerpts");
        return excerpts instanceof List<?> list ? (List<Map<String, String>>) list : List.of();
    }

    private String render(String key, Object value) {
        String pad = " ".repeat(indent);
        if (value instanceof List<?> list && key.equals("excerpts")) {
            StringBuilder text = new StringBuilder(pad).append("excerpts:\n");
            for (Object item : list) {
                Map<?, ?> excerpt = (Map<?, ?>) item;
                text.append(pad).append("  - article: ").append(excerpt.get("article")).append('\n')
                        .append(pad).append("    quote: ").append(quoted((String) excerpt.get("quote"))).append('\n');
            }
            return text.toString();
        }
        if (value instanceof List<?> list) {
            return pad + key + ": [" + String.join(", ", list.stream().map(String::valueOf).toList()) + "]\n";
        }
        if (value instanceof Map<?, ?> map) {
            return pad + key + ": {article: " + map.get("article") + ", quote: " + quoted((String) map.get("quote")) + "}\n";
        }
        return pad + key + ": " + (PLAIN.contains(key) ? value : quoted((String) value)) + "\n";
    }

    /** The line is an entry's first, whose keys are at {@code indent}: not a dash of a list inside an entry. */
    private static boolean startsEntry(String line, int indent) {
        int dash = indentOf(line);
        return dash < indent && line.length() > indent && line.charAt(dash) == '-'
                && line.substring(dash + 1, indent).isBlank() && line.charAt(indent) != ' ';
    }

    private static int indentOf(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }

    /**
     * The entry's values with every scalar a string, as the corpus reads them ({@code 2015} stays "2015"); only this
     * entry is read, not the file. The verifier has read the whole file when it was saved, so the text is valid.
     */
    private static Map<String, Object> parse(String entry) {
        LoaderOptions options = new LoaderOptions();
        Resolver stringsOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
            }
        };
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, stringsOnly);
        Object read = yaml.load(entry);
        if (!(read instanceof List<?> list) || list.size() != 1 || !(list.get(0) instanceof Map<?, ?> map)) {
            throw new IllegalStateException("an event's entry is not one mapping in a list");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        map.forEach((key, value) -> values.put(String.valueOf(key), stripped(value)));
        return values;
    }

    private static Object stripped(Object value) {
        if (value instanceof String text) {
            return text.strip();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(EventEntryText::stripped).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), stripped(item)));
            return copy;
        }
        return value;
    }
}
