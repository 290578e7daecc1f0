package org.guidebook;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidebook.diagram.DiagramStage;
import org.guidebook.enrich.EnrichStage;
import org.guidebook.load.GuideLoader;
import org.guidebook.load.SourceTree;
import org.guidebook.markdown.MarkdownStage;
import org.guidebook.markdown.ParsedChapter;
import org.guidebook.model.Book;
import org.guidebook.model.Chapter;
import org.guidebook.problem.Problems;
import org.guidebook.render.PrintRenderer;
import org.guidebook.render.RenderContext;
import org.guidebook.render.Renderer;
import org.guidebook.render.SiteRenderer;
import org.guidebook.render.Theme;
import org.guidebook.write.Output;
import org.guidebook.write.OutputWriter;

/**
 * Runs the pipeline: load → markdown → diagram → enrich → render → write. Each stage reports author
 * mistakes into one list; the build stops before {@code write} when there are any, so the previous output
 * is never touched by a failed build.
 */
public final class Guidebook {
    private final Path root;
    private final SourceTree tree;

    public Guidebook(Path repositoryRoot) {
        this.root = repositoryRoot.toAbsolutePath().normalize();
        this.tree = new SourceTree(root);
    }

    /** What a finished build made, for the summary line. */
    public record Result(Book book, Output output, int diagrams) {
    }

    /** Runs every stage but {@code write}; throws {@code AuthorErrors} listing all problems. */
    public Result run() {
        Problems problems = new Problems();
        GuideLoader loader = new GuideLoader(tree);
        Book loaded = loader.load(problems);
        Theme theme = new Theme(root);

        MarkdownStage markdown = new MarkdownStage();
        DiagramStage diagramStage = new DiagramStage(tree);
        Map<String, Chapter> parsed = new LinkedHashMap<>();
        List<Chapter> chapters = loaded.chapters().parallelStream().map(chapter -> {
            ParsedChapter result = markdown.parse(chapter, problems);
            return chapter.withHtml(result.html()).withDiagrams(diagramStage.render(chapter, result.diagrams(), problems));
        }).toList();
        chapters.forEach(c -> parsed.put(c.id(), c));
        Book book = loaded.withChapters(parsed);

        EnrichStage.Result enriched = new EnrichStage(tree).enrich(book, loader.failedSources(), problems);
        problems.throwIfAny();

        Output output = new Output();
        RenderContext context = new RenderContext(enriched.book(), enriched.assets(), theme, output);
        for (Renderer renderer : renderers()) renderer.render(context);
        int diagrams = enriched.book().chapters().stream().mapToInt(c -> c.diagrams().size()).sum();
        return new Result(enriched.book(), output, diagrams);
    }

    /** Runs the pipeline and writes the output to {@code out}; returns the bytes written. */
    public long build(Result result, Path out) {
        return new OutputWriter().write(result.output(), root, out);
    }

    /** Every output format, in the order they are produced. */
    static List<Renderer> renderers() {
        return List.of(new SiteRenderer(), new PrintRenderer());
    }
}
