package org.guidebook;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import org.guidebook.diagram.DiagramCache;
import org.guidebook.diagram.DiagramStage;
import org.guidebook.markdown.DiagramRef;
import org.guidebook.model.Diagram;
import org.guidebook.enrich.EnrichStage;
import org.guidebook.index.BookIndex;
import org.guidebook.index.IndexStage;
import org.guidebook.load.GuideLoader;
import org.guidebook.load.SourceTree;
import org.guidebook.markdown.DefinitionCheck;
import org.guidebook.markdown.MarkdownStage;
import org.guidebook.markdown.ParsedChapter;
import org.guidebook.model.Book;
import org.guidebook.model.Chapter;
import org.guidebook.problem.Problems;
import org.guidebook.render.PrintRenderer;
import org.guidebook.render.PublicationTime;
import org.guidebook.render.SingleFileRenderer;
import org.guidebook.render.SitemapRenderer;
import org.guidebook.render.epub.EpubRenderer;
import org.guidebook.render.cheatsheet.CheatSheetRenderer;
import org.guidebook.render.RenderContext;
import org.guidebook.render.Renderer;
import org.guidebook.render.SiteRenderer;
import org.guidebook.render.Theme;
import org.guidebook.write.Output;
import org.guidebook.write.OutputWriter;

/**
 * Runs the pipeline: load → markdown → diagram → enrich → index → render → write. Each stage reports author
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
    public record Result(Book book, Output output, int diagrams, int diagramsRendered, int diagramsCached,
                         double diagramSeconds) {
    }

    /** Build options: where the diagram cache lives (null: none) and how to report diagram progress. */
    public record Options(Path cacheDir, boolean parallel, DiagramStage.Progress progress) {
        public static Options defaults(Path root) {
            return new Options(root.resolve(CACHE_DIR), true, DiagramStage.Progress.NONE);
        }
    }

    /** The diagram cache folder under the repository root (ignored by git). */
    public static final String CACHE_DIR = ".guidebook-cache";

    /** Runs every stage but {@code write} with default options. */
    public Result run() {
        return run(Options.defaults(root));
    }

    /** Runs every stage but {@code write}; throws {@code AuthorErrors} listing all problems. */
    public Result run(Options options) {
        Problems problems = new Problems();
        GuideLoader loader = new GuideLoader(tree);
        Book loaded = loader.load(problems);
        Theme theme = new Theme(root);

        MarkdownStage markdown = new MarkdownStage();
        List<Chapter> chapters = loaded.chapters();
        List<ParsedChapter> parsed = chapters.parallelStream().map(c -> markdown.parse(c, problems)).toList();
        List<DiagramStage.Job> jobs = new ArrayList<>();
        for (int i = 0; i < chapters.size(); i++) {
            for (DiagramRef ref : parsed.get(i).diagrams()) jobs.add(new DiagramStage.Job(chapters.get(i), ref));
        }
        DiagramCache cache = options.cacheDir() == null ? DiagramCache.none()
                : new DiagramCache(options.cacheDir().resolve("diagrams"));
        DiagramStage diagramStage = new DiagramStage(tree, cache);
        long diagramStart = System.nanoTime();
        Map<String, Diagram> diagrams = diagramStage.renderAll(jobs, options.parallel(), options.progress(), problems);
        double diagramSeconds = (System.nanoTime() - diagramStart) / 1e9;

        Map<String, Chapter> withHtml = new LinkedHashMap<>();
        for (int i = 0; i < chapters.size(); i++) {
            List<Diagram> own = parsed.get(i).diagrams().stream().map(r -> diagrams.get(r.id()))
                    .filter(java.util.Objects::nonNull).toList();
            withHtml.put(chapters.get(i).id(), chapters.get(i).withHtml(parsed.get(i).html()).withDiagrams(own));
        }
        Book book = loaded.withChapters(withHtml)
                .withGlossary(loaded.glossary().stream().map(t -> DefinitionCheck.ok(t, problems) ? t.withHtml(markdown.definition(t)) : t).toList());

        EnrichStage.Result enriched = new EnrichStage(tree).enrich(book, loader.failedSources(), problems);
        problems.throwIfAny();

        BookIndex index = new IndexStage().index(enriched.book());
        Output output = new Output();
        RenderContext context = new RenderContext(enriched.book(), index, enriched.assets(), theme, output, tree::readBytes,
                PublicationTime.of(enriched.book().meta().date(), System.getenv(PublicationTime.SOURCE_DATE_EPOCH)));
        for (Renderer renderer : renderers()) renderer.render(context);
        return new Result(enriched.book(), output, jobs.size(), diagramStage.rendered(), diagramStage.cached(),
                diagramSeconds);
    }

    /** Runs the pipeline and writes the output to {@code out}; returns the bytes written. */
    public long build(Result result, Path out) {
        return new OutputWriter().write(result.output(), root, out);
    }

    /**
     * Every output format, in the order they are produced. Outputs that offer downloads or pages on the home page (EPUB, single file, cheat sheets) come first: the site's home page
     * lists what is in {@code downloads/} with sizes. The sitemap comes last: it lists the pages the others wrote.
     */
    static List<Renderer> renderers() {
        return List.of(new EpubRenderer(), new SingleFileRenderer(), new CheatSheetRenderer(), new SiteRenderer(), new PrintRenderer(),
                new SitemapRenderer());
    }
}
