package org.guidebook.diagram;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.guidebook.load.SourceTree;
import org.guidebook.markdown.DiagramRef;
import org.guidebook.model.Chapter;
import org.guidebook.model.Diagram;
import org.guidebook.problem.Problems;

/**
 * The {@code diagram} stage: turns every {@link DiagramRef} of the book into a {@link Diagram} with inline,
 * accessible SVG. PlantUML runs in this JVM under its SANDBOX profile with the smetana layout, so no
 * Graphviz, no server and no network are needed. Diagrams render in parallel (PlantUML's rendering was
 * measured thread-safe; the byte-for-byte equality of serial and parallel runs is a test), and a
 * content-addressed cache skips every diagram whose source has not changed.
 */
public final class DiagramStage {
    /** Told after each diagram, with how many are done out of how many. */
    public interface Progress {
        void update(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    /** One diagram to render: where it was placed and what the author wrote. */
    public record Job(Chapter chapter, DiagramRef ref) {
    }

    private final SourceTree tree;
    private final IncludeExpander expander;
    private final PlantUmlRenderer renderer = new PlantUmlRenderer();
    private final DiagramCache cache;
    private final AtomicInteger rendered = new AtomicInteger();
    private final AtomicInteger fromCache = new AtomicInteger();

    public DiagramStage(SourceTree tree, DiagramCache cache) {
        this.tree = tree;
        this.expander = new IncludeExpander(tree);
        this.cache = cache;
    }

    /** Diagrams rendered by PlantUML in this run. */
    public int rendered() {
        return rendered.get();
    }

    /** Diagrams served from the cache in this run. */
    public int cached() {
        return fromCache.get();
    }

    /** The PlantUML version that renders the diagrams (it is part of every cache key). */
    public static String plantUmlVersion() {
        return PlantUmlRenderer.version();
    }

    /**
     * Renders every job, in parallel when {@code parallel}; returns the diagrams by id. Failures are reported
     * as problems at the line the author wrote and leave no diagram.
     */
    public Map<String, Diagram> renderAll(List<Job> jobs, boolean parallel, Progress progress, Problems problems) {
        Map<String, Diagram> result = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        (parallel ? jobs.parallelStream() : jobs.stream()).forEach(job -> {
            render(job.chapter(), job.ref(), problems).ifPresent(d -> result.put(d.id(), d));
            progress.update(done.incrementAndGet(), jobs.size());
        });
        return new TreeMap<>(result);
    }

    private Optional<Diagram> render(Chapter chapter, DiagramRef ref, Problems problems) {
        Optional<ExpandedSource> source = source(chapter, ref, problems);
        if (source.isEmpty()) return Optional.empty();
        ExpandedSource expanded = source.get();
        String key = DiagramCache.key(expanded.text(), PlantUmlRenderer.version());
        // Two levels: the page-ready SVG (depends on id and caption too) and PlantUML's raw SVG, so an
        // unchanged diagram costs one file read, and a new caption or position costs no PlantUML run.
        String pageKey = DiagramCache.sha256(key + "\n" + ref.id() + "\n" + ref.caption() + "\n" + SvgPostProcessor.VERSION);
        Origin origin = expanded.originOf(0);
        Optional<String> ready = cache.get(pageKey);
        if (ready.isPresent()) {
            fromCache.incrementAndGet();
            return Optional.of(new Diagram(ref.id(), expanded.text(), origin.file(), origin.line(), ref.caption(), ready.get()));
        }
        Optional<String> svg = cache.get(key);
        if (svg.isPresent()) {
            fromCache.incrementAndGet();
        } else {
            PlantUmlRenderer.Outcome outcome = renderer.render(expanded.text());
            rendered.incrementAndGet();
            if (outcome instanceof PlantUmlRenderer.Failure failure) {
                Origin at = expanded.originOf(Math.max(0, failure.line()));
                problems.add(at.file(), at.line(), "PlantUML: " + failure.message()
                        + " — fix the diagram source (PlantUML language reference: plantuml.com)");
                return Optional.empty();
            }
            svg = Optional.of(((PlantUmlRenderer.Svg) outcome).svg());
            cache.put(key, svg.get());
        }
        Optional<String> unsafe = SvgSafety.problem(svg.get()); // also for cached entries of older builds
        if (unsafe.isPresent()) {
            problems.add(origin.file(), origin.line(), unsafe.get());
            return Optional.empty();
        }
        String clean = SvgPostProcessor.process(svg.get(), ref.id(), ref.caption());
        cache.put(pageKey, clean);
        return Optional.of(new Diagram(ref.id(), expanded.text(), origin.file(), origin.line(), ref.caption(), clean));
    }

    private Optional<ExpandedSource> source(Chapter chapter, DiagramRef ref, Problems problems) {
        if (ref.inlineSource() != null) {
            return expander.expand(ref.inlineSource(), chapter.source(), IncludeExpander.DIAGRAMS_DIR + "inline.puml",
                    ref.line(), problems);
        }
        Optional<String> path = tree.resolve(chapter.source(), ref.file());
        if (path.isEmpty() || !tree.isFile(path.get())) {
            problems.add(chapter.source(), ref.line(), "diagram `" + ref.file() + "` does not exist"
                    + path.map(p -> " (looked for " + p + ")").orElse("") + " — fix the path or create the .puml file");
            return Optional.empty();
        }
        if (!path.get().startsWith(IncludeExpander.DIAGRAMS_DIR)) {
            problems.add(chapter.source(), ref.line(), "diagram `" + ref.file() + "` is outside diagrams/ — keep"
                    + " .puml files in diagrams/");
            return Optional.empty();
        }
        return tree.readText(path.get(), problems)
                .flatMap(text -> expander.expand(text, path.get(), 1, problems));
    }
}
