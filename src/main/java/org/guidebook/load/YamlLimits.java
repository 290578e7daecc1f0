package org.guidebook.load;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.guidebook.problem.Problems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * What a YAML file of the guide ({@code guide.yml}, {@code glossary.yml}, front matter) may hold. Guidebook's
 * files are at most four levels deep and use no tags, so the limits refuse only hostile or broken input:
 * aliases that expand exponentially ("billion laughs"), self-referencing nodes, very deep nesting, and tags
 * that name types ({@code !!java.net.URL}, {@code !!python/object}).
 */
final class YamlLimits {
    /** Aliases to lists or mappings per file (each may multiply what a reader walks). */
    static final int MAX_ALIASES = 20;
    /** Nested lists and mappings. */
    static final int MAX_NESTING = 20;
    /** Characters per file (the same bound as {@link TextLimits#MAX_FILE_BYTES}, in code points). */
    static final int MAX_CODE_POINTS = (int) TextLimits.MAX_FILE_BYTES;
    static final String ADVICE = "write plain `key: value` lines and lists, with at most " + MAX_ALIASES
            + " aliases (`*name`) and " + MAX_NESTING + " levels of nesting";
    private static final Set<Tag> PLAIN = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ,
            Tag.TIMESTAMP, Tag.BINARY, Tag.MERGE);

    private YamlLimits() {
    }

    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        return options;
    }

    /**
     * Reports the first tag that is not a plain YAML type and the first node that contains itself (through an
     * alias); true when there is neither. Walks without recursion and visits each node once, so a graph of
     * shared aliases costs its size, not its expansion.
     */
    static boolean check(Node root, String path, int firstLine, Problems problems) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Node node = work.pop();
            if (!seen.add(node)) continue;
            int line = node.getStartMark() == null ? firstLine : firstLine + node.getStartMark().getLine();
            if (!PLAIN.contains(node.getTag())) {
                problems.add(path, line, "YAML tag `" + node.getTag().getValue() + "` is not supported — remove it;"
                        + " Guidebook reads plain text, lists and mappings only");
                return false;
            }
            if (node instanceof SequenceNode seq) {
                for (Node child : seq.getValue()) {
                    if (reaches(child, node)) return recursive(path, line, problems);
                    work.push(child);
                }
            } else if (node instanceof MappingNode map) {
                for (NodeTuple tuple : map.getValue()) {
                    if (reaches(tuple.getValueNode(), node)) return recursive(path, line, problems);
                    work.push(tuple.getKeyNode());
                    work.push(tuple.getValueNode());
                }
            }
        }
        return true;
    }

    /** True when {@code target} is {@code from} or inside it (an alias back to an enclosing node). */
    private static boolean reaches(Node from, Node target) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> work = new ArrayDeque<>();
        work.push(from);
        while (!work.isEmpty()) {
            Node node = work.pop();
            if (node == target) return true;
            if (!seen.add(node)) continue;
            if (node instanceof SequenceNode seq) seq.getValue().forEach(work::push);
            else if (node instanceof MappingNode map) {
                for (NodeTuple tuple : map.getValue()) {
                    work.push(tuple.getKeyNode());
                    work.push(tuple.getValueNode());
                }
            }
        }
        return false;
    }

    private static boolean recursive(String path, int line, Problems problems) {
        problems.add(path, line, "YAML node contains itself through an alias — replace the alias by the values it"
                + " stands for");
        return false;
    }
}
