package org.beachhead.corpus;

import org.beachhead.common.Coded;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One mapping of the curation file, read through SnakeYAML's node tree rather than bound to
 * objects, so every value keeps its line and scalars keep their raw text ({@code 2015} stays a
 * string, not a number or a timestamp). Every failure becomes a {@link CorpusProblem} at a line.
 */
final class YamlEntry {

    private final String file;
    private final MappingNode node;
    private final String description;
    private final Map<String, NodeTuple> values = new LinkedHashMap<>();

    YamlEntry(String file, Node node, String description) {
        this.file = file;
        this.description = description;
        if (!(node instanceof MappingNode mapping)) {
            throw new CorpusException(new CorpusProblem(file, lineOf(node), description, "expected a mapping of keys to values"));
        }
        this.node = mapping;
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode(), "a key");
            if (values.put(key, tuple) != null) {
                throw error(tuple.getKeyNode(), "key '" + key + "' is given twice");
            }
        }
    }

    int line() {
        return lineOf(node);
    }

    String file() {
        return file;
    }

    String description() {
        return description;
    }

    /** A copy of this entry described by name, once its slug is known ("event 'bardo-announced'"). */
    YamlEntry describedAs(String newDescription) {
        return new YamlEntry(file, node, newDescription);
    }

    /** Rejects keys outside the given set, so a misspelt key cannot silently drop data. */
    YamlEntry allowOnly(Set<String> keys) {
        for (Map.Entry<String, NodeTuple> value : values.entrySet()) {
            if (!keys.contains(value.getKey())) {
                throw error(value.getValue().getKeyNode(), "unknown key '" + value.getKey() + "' (expected one of: "
                        + String.join(", ", new TreeSet<>(keys)) + ")");
            }
        }
        return this;
    }

    String text(String key) {
        return optionalText(key).orElseThrow(() -> error(node, "'" + key + "' is missing"));
    }

    Optional<String> optionalText(String key) {
        NodeTuple tuple = values.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        String value = scalar(tuple.getValueNode(), "'" + key + "'").strip();
        if (value.isEmpty()) {
            throw error(tuple.getValueNode(), "'" + key + "' is empty");
        }
        return Optional.of(value);
    }

    boolean flag(String key, boolean otherwise) {
        return optionalText(key).map(value -> switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error(values.get(key).getValueNode(), "'" + key + "' must be true or false, not '" + value + "'");
        }).orElse(otherwise);
    }

    <E extends Enum<E> & Coded> E code(String key, Class<E> type) {
        String value = text(key);
        return Coded.fromCode(type, value).orElseThrow(() -> error(values.get(key).getValueNode(),
                "'" + key + "' is '" + value + "', expected one of: " + Coded.codes(type)));
    }

    /** A list of plain strings, such as slugs; absent means empty. */
    List<String> texts(String key) {
        List<String> result = new ArrayList<>();
        for (Node item : sequence(key)) {
            result.add(scalar(item, "an item of '" + key + "'").strip());
        }
        return result;
    }

    /** A list of mappings; absent means empty. */
    List<YamlEntry> entries(String key, String itemDescription) {
        List<YamlEntry> result = new ArrayList<>();
        for (Node item : sequence(key)) {
            result.add(new YamlEntry(file, item, itemDescription));
        }
        return result;
    }

    Optional<YamlEntry> optionalEntry(String key, String entryDescription) {
        NodeTuple tuple = values.get(key);
        return tuple == null ? Optional.empty() : Optional.of(new YamlEntry(file, tuple.getValueNode(), entryDescription));
    }

    int lineOf(String key) {
        NodeTuple tuple = values.get(key);
        return tuple == null ? line() : lineOf(tuple.getValueNode());
    }

    /** What a check after parsing needs of this entry: its lines, not its YAML nodes. */
    EntrySource source() {
        String[] keys = values.keySet().toArray(String[]::new);
        int[] valueLines = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            valueLines[i] = lineOf(keys[i]);
        }
        return new EntrySource(file, line(), keys, valueLines);
    }

    /** A problem at the value of {@code key}. */
    CorpusException errorAt(String key, String message) {
        return new CorpusException(new CorpusProblem(file, lineOf(key), description, message));
    }

    private List<Node> sequence(String key) {
        NodeTuple tuple = values.get(key);
        if (tuple == null) {
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            throw error(tuple.getValueNode(), "'" + key + "' must be a list");
        }
        return sequence.getValue();
    }

    private String scalar(Node value, String what) {
        if (!(value instanceof ScalarNode scalar)) {
            throw error(value, what + " must be a single value, not a list or mapping");
        }
        return scalar.getValue();
    }

    private CorpusException error(Node at, String message) {
        return new CorpusException(new CorpusProblem(file, lineOf(at), description, message));
    }

    private static int lineOf(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
