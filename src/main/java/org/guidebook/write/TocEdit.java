package org.guidebook.write;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.guidebook.problem.AuthorErrors;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Adds a chapter to the case-study part of {@code guide/guide.yml} as a text edit: one line inserted after the
 * part's last chapter, with the same indentation, so the file's other content, its order and its comments
 * stay exactly as the author wrote them (re-serialising the YAML would lose the comments).
 */
final class TocEdit {
    static final String PATH = "guide/guide.yml";

    private TocEdit() {
    }

    /** The result: the new file text and the title of the part the chapter went into. */
    record Edited(String text, String part) {
    }

    /**
     * Inserts {@code chapter} (a path relative to {@code guide/}) into the part titled "Case studies" (any
     * title containing "case stud"), or else the part that already lists a chapter under {@code case-studies/}.
     */
    static Edited addCaseStudy(String yml, String chapter) {
        Node root;
        try {
            root = new Yaml().compose(new StringReader(yml));
        } catch (YAMLException e) {
            throw AuthorErrors.single(PATH, 0, "malformed YAML — fix it (run `guidebook check`) before adding a chapter");
        }
        SequenceNode parts = root instanceof MappingNode map && value(map, "parts") instanceof SequenceNode seq ? seq : null;
        if (parts == null) throw AuthorErrors.single(PATH, 0, "has no `parts:` list — add the parts of the guide, each with `title:` and `chapters:`");
        List<MappingNode> candidates = new ArrayList<>();
        for (Node part : parts.getValue()) if (part instanceof MappingNode m) candidates.add(m);
        MappingNode target = candidates.stream().filter(p -> title(p).toLowerCase(Locale.ROOT).contains("case stud")).findFirst()
                .orElseGet(() -> candidates.stream().filter(p -> chapters(p).stream().anyMatch(c -> c.startsWith("case-studies/")))
                        .findFirst().orElse(null));
        if (target == null) {
            throw AuthorErrors.single(PATH, 0, "has no case-study part — add a part `- title: Case studies` with"
                    + " `chapters:` to `parts:`, then run the command again");
        }
        if (chapters(target).contains(chapter)) {
            throw AuthorErrors.single(PATH, line(target), "already lists " + chapter + " — choose another name");
        }
        if (!(value(target, "chapters") instanceof SequenceNode list) || list.getValue().isEmpty()
                || list.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
            throw AuthorErrors.single(PATH, line(target), "part \"" + title(target) + "\" must list its chapters one per"
                    + " line (`- path.md`) for a chapter to be added — rewrite its `chapters:` that way, or add "
                    + chapter + " by hand");
        }
        Node last = list.getValue().get(list.getValue().size() - 1);
        String[] lines = yml.split("\n", -1);
        String itemLine = lines[last.getStartMark().getLine()];
        String indent = itemLine.substring(0, itemLine.indexOf('-'));
        int after = last.getEndMark().getLine() - (last.getEndMark().getColumn() == 0 ? 1 : 0);
        List<String> out = new ArrayList<>(List.of(lines));
        out.add(after + 1, indent + "- " + chapter);
        return new Edited(String.join("\n", out), title(target));
    }

    private static Node value(MappingNode map, String key) {
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) return tuple.getValueNode();
        }
        return null;
    }

    private static String title(MappingNode part) {
        return value(part, "title") instanceof ScalarNode s ? s.getValue() : "";
    }

    private static List<String> chapters(MappingNode part) {
        List<String> paths = new ArrayList<>();
        if (value(part, "chapters") instanceof SequenceNode list) {
            for (Node n : list.getValue()) if (n instanceof ScalarNode s) paths.add(s.getValue());
        }
        return paths;
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
