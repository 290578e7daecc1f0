package org.guidebook.robust;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.guidebook.diagram.DiagramCache;
import org.guidebook.diagram.DiagramStage;
import org.guidebook.enrich.EnrichStage;
import org.guidebook.index.IndexStage;
import org.guidebook.load.GuideLoader;
import org.guidebook.load.SourceTree;
import org.guidebook.markdown.DefinitionCheck;
import org.guidebook.markdown.DiagramRef;
import org.guidebook.markdown.MarkdownStage;
import org.guidebook.markdown.ParsedChapter;
import org.guidebook.model.Book;
import org.guidebook.model.Chapter;
import org.guidebook.model.Diagram;
import org.guidebook.problem.Problems;

/**
 * Every stage of {@code Guidebook.run} that reads author input (load, markdown, diagram, enrich, index), in
 * the same order and without the renderers: the fuzz test runs it thousands of times, and the renderers
 * (EPUB, PDF cheat sheets) cost seconds a build on this machine. Renderers see only input these stages
 * accepted; the fuzz test runs full builds for a sample of the mutants that pass. Kept in step with
 * {@code Guidebook.run} by hand: the fuzz test's full builds would show a stage this class lacks.
 */
final class Validation {
    private Validation() {
    }

    /** Throws {@code AuthorErrors} for a broken guide, returns normally for a valid one. */
    static void run(Path root, Path cacheDir) {
        Problems problems = new Problems();
        SourceTree tree = new SourceTree(root.toAbsolutePath().normalize());
        GuideLoader loader = new GuideLoader(tree);
        Book loaded = loader.load(problems);
        MarkdownStage markdown = new MarkdownStage();
        List<Chapter> chapters = loaded.chapters();
        List<ParsedChapter> parsed = chapters.stream().map(c -> markdown.parse(c, problems)).toList();
        List<DiagramStage.Job> jobs = new ArrayList<>();
        for (int i = 0; i < chapters.size(); i++) {
            for (DiagramRef ref : parsed.get(i).diagrams()) jobs.add(new DiagramStage.Job(chapters.get(i), ref));
        }
        DiagramStage diagramStage = new DiagramStage(tree, new DiagramCache(cacheDir));
        Map<String, Diagram> diagrams = diagramStage.renderAll(jobs, false, DiagramStage.Progress.NONE, problems);
        Map<String, Chapter> withHtml = new LinkedHashMap<>();
        for (int i = 0; i < chapters.size(); i++) {
            List<Diagram> own = parsed.get(i).diagrams().stream().map(r -> diagrams.get(r.id()))
                    .filter(Objects::nonNull).toList();
            withHtml.put(chapters.get(i).id(), chapters.get(i).withHtml(parsed.get(i).html()).withDiagrams(own));
        }
        Book book = loaded.withChapters(withHtml).withGlossary(loaded.glossary().stream()
                .map(t -> DefinitionCheck.ok(t, problems) ? t.withHtml(markdown.definition(t)) : t).toList());
        EnrichStage.Result enriched = new EnrichStage(tree).enrich(book, loader.failedSources(), problems);
        problems.throwIfAny();
        new IndexStage().index(enriched.book());
    }
}
