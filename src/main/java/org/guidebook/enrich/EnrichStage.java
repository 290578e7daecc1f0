package org.guidebook.enrich;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.guidebook.load.SourceTree;
import org.guidebook.model.Book;
import org.guidebook.model.Chapter;
import org.guidebook.model.Diagram;
import org.guidebook.model.Term;
import org.guidebook.problem.Problems;

/**
 * The {@code enrich} stage: a Jsoup pass over each chapter's HTML. First, per chapter and in parallel:
 * figures, heading ids, callouts, collapsed check-yourself answers, checked images, scrollable tables
 * and task lists.
 * Then, once every chapter's ids are known, links are resolved and checked against all of them, the
 * glossary's {@code see:} links are checked, and the first mention of each glossary term in a chapter is
 * linked to its definition.
 */
public final class EnrichStage {
    private final SourceTree tree;

    public EnrichStage(SourceTree tree) {
        this.tree = tree;
    }

    /** The enriched book plus the repository files (images, linked files) the output must carry. */
    public record Result(Book book, List<Asset> assets) {
    }

    /**
     * Enriches every chapter. {@code unavailable} lists chapter sources that failed to load (already
     * reported), so links to them are not reported a second time.
     */
    public Result enrich(Book book, Set<String> unavailable, Problems problems) {
        List<Chapter> chapters = book.chapters();
        List<Asset> assets = Collections.synchronizedList(new ArrayList<>());
        List<Fragment> fragments = chapters.parallelStream().map(chapter -> {
            Fragment fragment = new Fragment(chapter.source(), chapter.html(), problems);
            Map<String, Diagram> diagrams = new LinkedHashMap<>();
            chapter.diagrams().forEach(d -> diagrams.put(d.id(), d));
            Figures.apply(fragment, diagrams);
            HeadingIds.apply(fragment);
            Callouts.apply(fragment);
            CheckYourself.apply(fragment);
            Images.apply(fragment, tree, assets);
            Tables.apply(fragment);
            TaskLists.apply(fragment);
            return fragment;
        }).toList();

        AnchorTable anchors = anchorTable(chapters, fragments, unavailable);
        PracticeSections.check(book.meta().practice(), anchors, problems);
        List<Term> glossary = book.glossary().stream()
                .map(term -> GlossaryTerms.resolve(term, anchors, tree, assets, problems)).toList();
        TermMatcher terms = new TermMatcher(glossary);
        Map<String, Chapter> enriched = new LinkedHashMap<>();
        for (int i = 0; i < chapters.size(); i++) {
            Chapter chapter = chapters.get(i);
            Fragment fragment = fragments.get(i);
            Links.apply(fragment, chapter.id(), anchors, tree, assets);
            GlossaryLinks.apply(fragment, terms);
            enriched.put(chapter.id(), chapter.withSections(Sections.of(fragment)).withHtml(fragment.html()));
        }
        Map<String, Asset> unique = new TreeMap<>();
        for (Asset asset : assets) unique.putIfAbsent(asset.target(), asset);
        return new Result(book.withChapters(enriched).withGlossary(glossary), List.copyOf(unique.values()));
    }

    private static AnchorTable anchorTable(List<Chapter> chapters, List<Fragment> fragments, Set<String> unavailable) {
        Map<String, String> idBySource = new LinkedHashMap<>();
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        for (int i = 0; i < chapters.size(); i++) {
            Chapter chapter = chapters.get(i);
            idBySource.put(chapter.source(), chapter.id());
            Set<String> chapterIds = new HashSet<>();
            fragments.get(i).body.select("[id]").forEach(e -> chapterIds.add(e.id()));
            ids.put(chapter.id(), chapterIds);
        }
        return new AnchorTable(idBySource, ids, unavailable);
    }
}
