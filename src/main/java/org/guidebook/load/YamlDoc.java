package org.guidebook.load;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guidebook.problem.Problems;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node with the file and line it came from, so every validation message can point at the exact line.
 * Wraps SnakeYAML's node graph (which keeps positions) instead of plain maps (which lose them).
 */
public final class YamlDoc {
    private final Node node;
    private final String path;
    private final int lineOffset;

    private YamlDoc(Node node, String path, int lineOffset) {
        this.node = node;
        this.path = path;
        this.lineOffset = lineOffset;
    }

    /**
     * Parses {@code text} that starts on file line {@code firstLine}. A syntax error is reported as a problem
     * at its line and the result is empty. An empty document parses to an empty mapping.
     */
    public static Optional<YamlDoc> parse(String text, String path, int firstLine, Problems problems) {
        LoaderOptions options = YamlLimits.options();
        try {
            // compose() builds only the node graph: no constructor runs, so no tag can instantiate a Java type;
            // the SafeConstructor is there so that a later switch to load() stays safe too.
            Node root = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                    new DumperOptions(), options).compose(new StringReader(text));
            if (root == null) {
                return Optional.of(new YamlDoc(new MappingNode(Tag.MAP, new ArrayList<>(), DumperOptions.FlowStyle.AUTO),
                        path, firstLine - 1));
            }
            if (!YamlLimits.check(root, path, firstLine, problems)) return Optional.empty();
            return Optional.of(new YamlDoc(root, path, firstLine - 1));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            String what = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            problems.add(path, line, "malformed YAML: " + what + " — check indentation, colons and quotes"
                    + " (quote values that contain ': ' or start with a special character)");
            return Optional.empty();
        } catch (RuntimeException e) {
            // Limits of YamlLimits (aliases, nesting, size) end the parse without a position.
            problems.add(path, firstLine, "YAML could not be read: " + e.getMessage() + " — " + YamlLimits.ADVICE);
            return Optional.empty();
        }
    }

    public String path() {
        return path;
    }

    /** 1-based file line of this node. */
    public int line() {
        // The empty document's mapping is made here and has no position: it stands for the first line.
        return node.getStartMark() == null ? 1 + lineOffset : node.getStartMark().getLine() + 1 + lineOffset;
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    public boolean isSequence() {
        return node instanceof SequenceNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** The scalar's text; only valid when {@link #isScalar()}. */
    public String text() {
        return ((ScalarNode) node).getValue();
    }

    /** Mapping entries in file order, keyed by the key's text. */
    public Map<String, YamlDoc> entries() {
        Map<String, YamlDoc> result = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            result.put(key, new YamlDoc(tuple.getValueNode(), path, lineOffset));
        }
        return result;
    }

    /** Line of each key in a mapping, for "unknown key" messages. */
    public Map<String, Integer> keyLines() {
        Map<String, Integer> result = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            result.put(key, new YamlDoc(tuple.getKeyNode(), path, lineOffset).line());
        }
        return result;
    }

    public List<YamlDoc> items() {
        return ((SequenceNode) node).getValue().stream().map(n -> new YamlDoc(n, path, lineOffset)).toList();
    }
}
