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
    private final EnrichMemo memo;

    public EnrichStage(SourceTree tree) {
        this(tree, null);
    }

    /** A stage that reuses, through {@code memo} (may be null), the work of an earlier run on unchanged chapters. */
    public EnrichStage(SourceTree tree, EnrichMemo memo) {
        this.tree = tree;
        this.memo = memo;
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
        List<Draft> drafts = chapters.parallelStream().map(chapter -> prepare(chapter, problems, assets)).toList();

        AnchorTable anchors = anchorTable(chapters, drafts, unavailable);
        PracticeSections.check(book.meta().practice(), anchors, problems);
        List<Term> glossary = book.glossary().stream()
                .map(term -> GlossaryTerms.resolve(term, anchors, tree, assets, problems)).toList();
        TermMatcher terms = new TermMatcher(glossary);
        // Links and glossary terms only read the shared tables, so chapters go in parallel here too.
        List<Chapter> linked = java.util.stream.IntStream.range(0, chapters.size()).parallel()
                .mapToObj(i -> link(chapters.get(i), drafts.get(i), anchors, glossary, terms, problems, assets)).toList();
        Map<String, Chapter> enriched = new LinkedHashMap<>();
        for (Chapter chapter : linked) enriched.put(chapter.id(), chapter);
        Map<String, Asset> unique = new TreeMap<>();
        for (Asset asset : assets) unique.putIfAbsent(asset.target(), asset);
        if (memo != null) memo.keepOnly(chapters, anchors, glossary);
        return new Result(book.withChapters(enriched).withGlossary(glossary), List.copyOf(unique.values()));
    }

    /** The per-chapter passes: figures, heading ids, callouts, answers, images, tables, task lists. */
    private Draft prepare(Chapter chapter, Problems problems, List<Asset> assets) {
        if (memo == null) return Draft.of(prepareFragment(chapter, problems, assets));
        EnrichMemo.PrepareKey key = EnrichMemo.PrepareKey.of(chapter);
        EnrichMemo.Prepared kept = memo.prepared(key);
        if (kept != null) {
            assets.addAll(kept.assets());
            return Draft.of(key, kept);
        }
        Problems own = new Problems();
        List<Asset> ownAssets = new ArrayList<>();
        Fragment fragment = prepareFragment(chapter, own, ownAssets);
        problems.addAll(own);
        assets.addAll(ownAssets);
        Draft draft = Draft.of(fragment);
        if (own.isEmpty()) memo.keepPrepared(key, new EnrichMemo.Prepared(fragment.markedHtml(), draft.ids(), ownAssets));
        return draft.withKey(key);
    }

    private Fragment prepareFragment(Chapter chapter, Problems problems, List<Asset> assets) {
        Fragment fragment = new Fragment(chapter.source(), chapter.html(), problems);
        Map<String, Diagram> diagrams = new LinkedHashMap<>();
        chapter.diagrams().forEach(d -> diagrams.put(d.id(), d));
        Figures.apply(fragment, diagrams);
        HeadingIds.apply(fragment);
        Callouts.apply(fragment);
        CheckYourself.apply(fragment);
        Images.apply(fragment, tree, assets);
        Tables.apply(fragment);
        CodeBlocks.apply(fragment);
        TaskLists.apply(fragment);
        return fragment;
    }

    /** The passes that need every chapter's ids: links, then glossary terms, then the sections. */
    private Chapter link(Chapter chapter, Draft draft, AnchorTable anchors, List<Term> glossary, TermMatcher terms,
                         Problems problems, List<Asset> assets) {
        if (memo == null || draft.key() == null) return linkFragment(chapter, draft.fragment(problems), anchors, terms, assets);
        EnrichMemo.LinkKey key = new EnrichMemo.LinkKey(draft.key(), anchors, glossary);
        EnrichMemo.Linked kept = memo.linked(key);
        if (kept != null) {
            assets.addAll(kept.assets());
            return chapter.withSections(kept.sections()).withHtml(kept.html());
        }
        Problems own = new Problems();
        List<Asset> ownAssets = new ArrayList<>();
        Chapter linked = linkFragment(chapter, draft.fragment(own), anchors, terms, ownAssets);
        problems.addAll(own);
        assets.addAll(ownAssets);
        if (own.isEmpty()) memo.keepLinked(key, new EnrichMemo.Linked(linked.html(), linked.sections(), ownAssets));
        return linked;
    }

    private Chapter linkFragment(Chapter chapter, Fragment fragment, AnchorTable anchors, TermMatcher terms, List<Asset> assets) {
        Links.apply(fragment, chapter.id(), anchors, tree, assets);
        GlossaryLinks.apply(fragment, terms);
        return chapter.withSections(Sections.of(fragment)).withHtml(fragment.html());
    }

    private static AnchorTable anchorTable(List<Chapter> chapters, List<Draft> drafts, Set<String> unavailable) {
        Map<String, String> idBySource = new LinkedHashMap<>();
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        for (int i = 0; i < chapters.size(); i++) {
            Chapter chapter = chapters.get(i);
            idBySource.put(chapter.source(), chapter.id());
            ids.put(chapter.id(), drafts.get(i).ids());
        }
        return new AnchorTable(idBySource, ids, unavailable);
    }
}
