package org.guidebook.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.guidebook.load.SourceTree;
import org.guidebook.markdown.DiagramRef;
import org.guidebook.model.Chapter;
import org.guidebook.model.Diagram;
import org.guidebook.problem.Problems;

/**
 * The {@code diagram} stage: turns each chapter's {@link DiagramRef}s into {@link Diagram}s with inline,
 * accessible SVG. PlantUML runs in this JVM under its SANDBOX profile with the smetana layout, so no
 * Graphviz, no server and no network are needed.
 */
public final class DiagramStage {
    private final SourceTree tree;
    private final IncludeExpander expander;
    private final PlantUmlRenderer renderer = new PlantUmlRenderer();

    public DiagramStage(SourceTree tree) {
        this.tree = tree;
        this.expander = new IncludeExpander(tree);
    }

    /** Renders the diagrams {@code refs} of {@code chapter}; failures are reported and left without SVG. */
    public List<Diagram> render(Chapter chapter, List<DiagramRef> refs, Problems problems) {
        List<Diagram> result = new ArrayList<>();
        for (DiagramRef ref : refs) {
            source(chapter, ref, problems).ifPresent(expanded -> {
                PlantUmlRenderer.Outcome outcome = renderer.render(expanded.text());
                if (outcome instanceof PlantUmlRenderer.Failure failure) {
                    Origin at = failure.line() < 0 ? expanded.originOf(0) : expanded.originOf(failure.line());
                    problems.add(at.file(), at.line(), "PlantUML: " + failure.message()
                            + " — fix the diagram source (see plantuml.com for the syntax)");
                } else if (outcome instanceof PlantUmlRenderer.Svg svg) {
                    String clean = SvgPostProcessor.process(svg.svg(), ref.id(), ref.caption());
                    Origin origin = expanded.originOf(0);
                    result.add(new Diagram(ref.id(), expanded.text(), origin.file(), origin.line(), ref.caption(), clean));
                }
            });
        }
        return result;
    }

    private Optional<ExpandedSource> source(Chapter chapter, DiagramRef ref, Problems problems) {
        if (ref.inlineSource() != null) {
            return expander.expand(ref.inlineSource(), chapter.source(), ref.line(), problems);
        }
        Optional<String> path = tree.resolve(chapter.source(), ref.file());
        if (path.isEmpty() || !tree.isFile(path.get())) {
            problems.add(chapter.source(), ref.line(), "diagram `" + ref.file() + "` does not exist"
                    + path.map(p -> " (looked for " + p + ")").orElse("") + " — fix the path or create the .puml file");
            return Optional.empty();
        }
        if (!path.get().startsWith(IncludeExpander.DIAGRAMS_DIR)) {
            problems.add(chapter.source(), ref.line(), "diagram `" + ref.file() + "` is outside diagrams/ — keep"
                    + " shared .puml files in diagrams/");
            return Optional.empty();
        }
        return tree.readText(path.get(), problems)
                .flatMap(text -> expander.expand(text, path.get(), 1, problems));
    }
}
