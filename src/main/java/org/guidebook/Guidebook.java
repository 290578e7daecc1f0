package org.guidebook;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import org.guidebook.cache.ContentStore;
import org.guidebook.diagram.DiagramCache;
import org.guidebook.diagram.DiagramStage;
import org.guidebook.markdown.DiagramRef;
import org.guidebook.model.Diagram;
import org.guidebook.enrich.EnrichMemo;
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
import org.guidebook.render.offline.OfflineAppRenderer;
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
    private final MarkdownStage markdown = new MarkdownStage();
    /** Parsed chapters of the last run, by their input; null when this instance runs once (a build). */
    private final Map<ParseKey, ParsedChapter> parsedBefore;
    /** The enrich stage's work on unchanged chapters, kept the same way. */
    private final EnrichMemo enrichMemo;

    public Guidebook(Path repositoryRoot) {
        this(repositoryRoot, false);
    }

    private Guidebook(Path repositoryRoot, boolean keepsParses) {
        this.root = repositoryRoot.toAbsolutePath().normalize();
        this.tree = new SourceTree(root);
        this.parsedBefore = keepsParses ? new java.util.concurrent.ConcurrentHashMap<>() : null;
        this.enrichMemo = keepsParses ? new EnrichMemo() : null;
    }

    /**
     * A pipeline that runs again and again (the preview server): a chapter whose Markdown did not change is
     * not parsed again. Only the last run's parses are kept, so memory does not grow with the edits.
     */
    public static Guidebook repeating(Path repositoryRoot) {
        return new Guidebook(repositoryRoot, true);
    }

    /** Everything a chapter's parse depends on. */
    private record ParseKey(String id, String source, int bodyLine, String markdown) {
        static ParseKey of(Chapter c) {
            return new ParseKey(c.id(), c.source(), c.bodyLine(), c.markdown());
        }
    }

    /** Which renderers a run uses: every output, or just the site (the preview's fast pass). */
    public enum Outputs { ALL, SITE }

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
        return run(options, Outputs.ALL, null);
    }

    /**
     * Runs every stage but {@code write} with the renderers of {@code outputs}. {@code carried} (may be null)
     * is an earlier run's output whose downloads and cheat sheets are carried into this one unchanged when
     * {@code outputs} does not make them, so the site's pages still list and link them.
     */
    public Result run(Options options, Outputs outputs, Output carried) {
        StageClock clock = StageClock.fromEnvironment();
        Problems problems = new Problems();
        GuideLoader loader = new GuideLoader(tree);
        Book loaded = loader.load(problems);
        Theme theme = new Theme(root);
        clock.lap("load");

        List<Chapter> chapters = loaded.chapters();
        List<ParsedChapter> parsed = chapters.parallelStream().map(c -> parse(c, problems)).toList();
        if (parsedBefore != null) {
            java.util.Set<ParseKey> current = new java.util.HashSet<>();
            chapters.forEach(c -> current.add(ParseKey.of(c)));
            parsedBefore.keySet().retainAll(current);
        }
        clock.lap("markdown");
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
        clock.lap("diagram");

        Map<String, Chapter> withHtml = new LinkedHashMap<>();
        for (int i = 0; i < chapters.size(); i++) {
            List<Diagram> own = parsed.get(i).diagrams().stream().map(r -> diagrams.get(r.id()))
                    .filter(java.util.Objects::nonNull).toList();
            withHtml.put(chapters.get(i).id(), chapters.get(i).withHtml(parsed.get(i).html()).withDiagrams(own));
        }
        Book book = loaded.withChapters(withHtml)
                .withGlossary(loaded.glossary().stream().map(t -> DefinitionCheck.ok(t, problems) ? t.withHtml(markdown.definition(t)) : t).toList());

        EnrichStage.Result enriched = new EnrichStage(tree, enrichMemo).enrich(book, loader.failedSources(), problems);
        problems.throwIfAny();
        clock.lap("enrich");

        BookIndex index = new IndexStage().index(enriched.book());
        clock.lap("index");
        Output output = new Output();
        if (outputs == Outputs.SITE && carried != null) output.carry(carried, SiteRenderer.LINKED_OUTPUTS);
        RenderContext context = new RenderContext(enriched.book(), index, enriched.assets(), theme, output, tree::readBytes,
                PublicationTime.of(enriched.book().meta().date(), System.getenv(PublicationTime.SOURCE_DATE_EPOCH)),
                options.cacheDir() == null ? ContentStore.none() : new ContentStore(options.cacheDir().resolve("typeset")));
        for (List<Renderer> wave : outputs == Outputs.ALL ? renderers() : siteOnly()) {
            RendererWave.run(wave, context, options.parallel());
            clock.lap("render " + wave.stream().map(Renderer::name).collect(java.util.stream.Collectors.joining(", ")));
        }
        return new Result(enriched.book(), output, jobs.size(), diagramStage.rendered(), diagramStage.cached(),
                diagramSeconds);
    }

    /** A chapter's parse: the last run's when its input is unchanged and it had no problem, else a new one. */
    private ParsedChapter parse(Chapter chapter, Problems problems) {
        if (parsedBefore == null) return markdown.parse(chapter, problems);
        ParseKey key = ParseKey.of(chapter);
        ParsedChapter before = parsedBefore.get(key);
        if (before != null) return before;
        Problems own = new Problems();
        ParsedChapter parsed = markdown.parse(chapter, own);
        problems.addAll(own);
        if (own.isEmpty()) parsedBefore.put(key, parsed);
        return parsed;
    }

    /** The preview's fast pass: the site and its sitemap; the downloads follow in a full run. */
    static List<List<Renderer>> siteOnly() {
        return List.of(List.of(new SiteRenderer()), List.of(new SitemapRenderer()));
    }

    /** Runs the pipeline and writes the output to {@code out}; returns the bytes written. */
    public long build(Result result, Path out) {
        return new OutputWriter().write(result.output(), root, out);
    }

    /**
     * Every output format, in waves: the renderers of one wave read nothing another of them writes, so they run
     * at the same time; a wave starts when the one before has finished. The downloads and the cheat sheets
     * come first because the site's pages list what is in {@code downloads/} with sizes and link the sheets;
     * the sitemap lists the pages all the others wrote; the offline app comes last, since its precache
     * manifest lists every file written, the sitemap included. Each output path is written by one renderer
     * only ({@code Output} refuses a second write), so the bytes never depend on scheduling.
     */
    static List<List<Renderer>> renderers() {
        return List.of(
                List.of(new EpubRenderer(), new SingleFileRenderer(), new CheatSheetRenderer(), new PrintRenderer()),
                List.of(new SiteRenderer()),
                List.of(new SitemapRenderer()),
                List.of(new OfflineAppRenderer()));
    }
}
