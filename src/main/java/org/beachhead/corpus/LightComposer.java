package org.beachhead.corpus;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds SnakeYAML's node tree from its parser's events, as its own composer does, but with start
 * marks that keep only the line, one per line, and no end marks: SnakeYAML's marks each hold on to
 * the reader's window of the file, which for a large corpus does not fit the heap the app is meant
 * to run in (docs/benchmarks.md). Every value is a string, as the curation reader reads them;
 * duplicate keys are refused, as the file's reader always did.
 */
final class LightComposer {

    private static final int[] NO_BUFFER = new int[0];

    /** A collection being read, with the key whose value comes next when it is a mapping. */
    private static final class Open {
        final Node node;
        final Set<String> keys = new HashSet<>();
        Node pendingKey;

        Open(Node node) {
            this.node = node;
        }
    }

    private final String file;
    private final Deque<Open> open = new ArrayDeque<>();
    private final Map<String, Node> anchors = new HashMap<>();
    private final List<Mark> lineMarks = new ArrayList<>();
    private Node root;

    private LightComposer(String file) {
        this.file = file;
    }

    /** The document's root node, or null when the file has none. */
    static Node compose(String file, Reader yaml, LoaderOptions options) {
        LightComposer composer = new LightComposer(file);
        for (Event event : new Yaml(options).parse(yaml)) {
            composer.accept(event);
        }
        return composer.root;
    }

    private void accept(Event event) {
        if (event instanceof ScalarEvent scalar) {
            add(anchored(scalar, new ScalarNode(Tag.STR, scalar.getValue(), mark(scalar.getStartMark()),
                    null, scalar.getScalarStyle())));
        } else if (event instanceof AliasEvent alias) {
            Node target = anchors.get(alias.getAnchor());
            if (target == null) {
                throw problem(alias.getStartMark(), "found undefined alias " + alias.getAnchor());
            }
            add(target);
        } else if (event instanceof SequenceStartEvent sequence) {
            open.push(new Open(anchored(sequence, new SequenceNode(Tag.SEQ, true, new ArrayList<>(),
                    mark(sequence.getStartMark()), null, sequence.getFlowStyle()))));
        } else if (event instanceof MappingStartEvent mapping) {
            open.push(new Open(anchored(mapping, new MappingNode(Tag.MAP, true, new ArrayList<>(),
                    mark(mapping.getStartMark()), null, mapping.getFlowStyle()))));
        } else if (event.is(Event.ID.SequenceEnd) || event.is(Event.ID.MappingEnd)) {
            add(open.pop().node);
        } else if (event.is(Event.ID.DocumentStart) && root != null) {
            throw problem(event.getStartMark(), "expected a single document in the stream but found another document");
        }
    }

    private void add(Node node) {
        if (open.isEmpty()) {
            root = node;
            return;
        }
        Open parent = open.peek();
        if (parent.node instanceof SequenceNode sequence) {
            sequence.getValue().add(node);
        } else if (parent.pendingKey == null) {
            if (node instanceof ScalarNode key && !parent.keys.add(key.getValue())) {
                throw problem(node.getStartMark(), "found duplicate key " + key.getValue());
            }
            parent.pendingKey = node;
        } else {
            ((MappingNode) parent.node).getValue().add(new NodeTuple(parent.pendingKey, node));
            parent.pendingKey = null;
        }
    }

    private <N extends Node> N anchored(NodeEvent event, N node) {
        if (event.getAnchor() != null) {
            anchors.put(event.getAnchor(), node);
        }
        return node;
    }

    private Mark mark(Mark full) {
        if (full == null) {
            return null;
        }
        int line = full.getLine();
        while (lineMarks.size() <= line) {
            lineMarks.add(new Mark(file, 0, lineMarks.size(), 0, NO_BUFFER, 0));
        }
        return lineMarks.get(line);
    }

    private CorpusException problem(Mark at, String message) {
        return new CorpusException(new CorpusProblem(file, at == null ? 0 : at.getLine() + 1, "", "not valid YAML: " + message));
    }
}
