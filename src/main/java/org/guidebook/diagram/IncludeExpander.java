package org.guidebook.diagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guidebook.load.SourceTree;
import org.guidebook.problem.Problems;

/**
 * Expands {@code !include} of files under {@code diagrams/} itself, because PlantUML's SANDBOX profile
 * blocks every local include (and its ALLOWLIST profile is read once per JVM). It refuses includes outside
 * {@code diagrams/}, URL includes, cycles, and the directives SANDBOX would silently empty
 * ({@code %getenv}, {@code %load_json}, {@code <img:…>}). {@code !include <…>} (PlantUML's stdlib) is kept.
 * An author's {@code !pragma layout} line is dropped: the renderer forces the pure-Java smetana layout for
 * every diagram, so no Graphviz is needed and every machine lays out the same way.
 */
final class IncludeExpander {
    static final String DIAGRAMS_DIR = "diagrams/";
    private static final Pattern INCLUDE = Pattern.compile("^\\s*!(include(?:url|_many|_once|sub)?|import)\\b\\s*(.*?)\\s*$");
    private static final Pattern START = Pattern.compile("^\\s*@start\\w+");
    private static final Pattern END = Pattern.compile("^\\s*@end\\w+");
    private static final Pattern FORBIDDEN = Pattern.compile("%getenv|%load_json|<img:|!includeurl", Pattern.CASE_INSENSITIVE);

    private final SourceTree tree;

    IncludeExpander(SourceTree tree) {
        this.tree = tree;
    }

    /** Expands a diagram file under {@code diagrams/}; empty when a problem was reported. */
    Optional<ExpandedSource> expand(String text, String file, int firstLine, Problems problems) {
        return expand(text, file, file, firstLine, problems);
    }

    /**
     * Expands {@code text} written in {@code file} from {@code firstLine}, resolving includes relative to
     * {@code includeBase}. A fenced block in a chapter uses {@code diagrams/} as its base, so
     * {@code !include _style.iuml} means the same in a block as in a {@code .puml} file.
     */
    Optional<ExpandedSource> expand(String text, String file, String includeBase, int firstLine, Problems problems) {
        List<String> lines = new ArrayList<>();
        List<Origin> origins = new ArrayList<>();
        List<String> included = new ArrayList<>();
        int before = problems.size();
        append(text, file, includeBase, firstLine, true, new ArrayDeque<>(), lines, origins, included, problems);
        if (problems.size() > before) return Optional.empty();
        if (lines.stream().noneMatch(l -> START.matcher(l).find())) {
            lines.add(0, "@startuml");
            origins.add(0, new Origin(file, firstLine));
            lines.add("@enduml");
            origins.add(origins.get(origins.size() - 1));
        }
        return Optional.of(new ExpandedSource(String.join("\n", lines) + "\n", origins, included));
    }

    private void append(String text, String file, String base, int firstLine, boolean top, Deque<String> stack,
                        List<String> lines, List<Origin> origins, List<String> included, Problems problems) {
        stack.push(file);
        String[] source = text.split("\n", -1);
        for (int i = 0; i < source.length; i++) {
            String line = source[i];
            int lineNo = firstLine + i;
            if (!top && (START.matcher(line).find() || END.matcher(line).find())) continue;
            Matcher forbidden = FORBIDDEN.matcher(line);
            if (forbidden.find()) {
                problems.add(file, lineNo, "`" + forbidden.group() + "` is not allowed in diagrams — the build is"
                        + " offline and sandboxed; write the content into the diagram or include a file under diagrams/");
                continue;
            }
            Matcher include = INCLUDE.matcher(line);
            if (include.find()) {
                includeFile(include.group(1), include.group(2), file, base, lineNo, stack, lines, origins, included, problems);
                continue;
            }
            if (line.strip().toLowerCase(java.util.Locale.ROOT).startsWith("!pragma layout")) continue;
            lines.add(line);
            origins.add(new Origin(file, lineNo));
        }
        stack.pop();
    }

    private void includeFile(String directive, String target, String file, String base, int lineNo, Deque<String> stack,
                             List<String> lines, List<Origin> origins, List<String> included, Problems problems) {
        if (directive.equals("include") && target.startsWith("<") && target.endsWith(">")) {
            lines.add("!include " + target); // PlantUML's own standard library, shipped inside its jar
            origins.add(new Origin(file, lineNo));
            return;
        }
        if (!directive.equals("include") && !directive.equals("include_once") && !directive.equals("include_many")) {
            problems.add(file, lineNo, "`!" + directive + "` is not supported — use `!include name.iuml` with a file under diagrams/");
            return;
        }
        if (target.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            problems.add(file, lineNo, "`!include " + target + "` reads from the network — copy the file into diagrams/ and include it by name");
            return;
        }
        Optional<String> resolved = tree.resolve(base, target);
        if (resolved.isEmpty() || !resolved.get().startsWith(DIAGRAMS_DIR)) {
            problems.add(file, lineNo, "`!include " + target + "` is outside diagrams/ — move the file into diagrams/");
            return;
        }
        String path = resolved.get();
        if (!tree.isFile(path)) {
            problems.add(file, lineNo, "`!include " + target + "`: " + path + " does not exist — fix the name or add the file");
            return;
        }
        if (stack.contains(path)) {
            problems.add(file, lineNo, "`!include " + target + "` makes a cycle (" + String.join(" → ", reversed(stack))
                    + " → " + path + ") — remove one of the includes");
            return;
        }
        if (!included.contains(path)) included.add(path);
        tree.readText(path, problems).ifPresent(text ->
                append(text, path, path, 1, false, stack, lines, origins, included, problems));
    }

    private static List<String> reversed(Deque<String> stack) {
        List<String> list = new ArrayList<>(stack);
        java.util.Collections.reverse(list);
        return list;
    }
}
