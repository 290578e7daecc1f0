package org.guidebook.render;

import java.util.List;
import java.util.Map;
import org.guidebook.enrich.Asset;
import org.guidebook.enrich.GlossaryLinks;
import org.guidebook.model.Book;
import org.guidebook.model.Chapter;
import org.guidebook.model.Part;
import org.guidebook.render.cheatsheet.CheatSheetRenderer;
import org.guidebook.render.cheatsheet.SheetLink;

/**
 * The static site: home page, a page per chapter (sidebar contents from {@code toc.js}, on-page outline,
 * previous/next, glossary popovers), the search page and its index ({@code search-index.js}), the glossary and
 * A–Z index pages (when the guide has a glossary), a self-contained 404 page, the theme's assets and the
 * images chapters use. Every URL is
 * relative, so the site works from {@code file://}, at a domain root and under any sub-path.
 */
public final class SiteRenderer implements Renderer {
    /** Links between pages at the site root. */
    private static final GlossaryPages.Urls URLS = new GlossaryPages.Urls() {
        @Override
        public String chapter(String chapterId, String anchor) {
            return chapterId + ".html" + (anchor.isEmpty() ? "" : "#" + anchor);
        }

        @Override
        public String term(String termId) {
            return GlossaryLinks.PAGE + "#" + termId;
        }
    };

    /** Paths (or folders) of other renderers' files that the site's pages list or link. */
    public static final List<String> LINKED_OUTPUTS = List.of(Downloads.DIR, CheatSheetRenderer.FOLDER, "print.html");

    /** The flashcards page's anchor of a chapter's deck ({@code flashcards.html#deck-<id>}); its script opens that deck. */
    static final String DECK_PREFIX = "deck-";

    @Override
    public String name() {
        return "site";
    }

    /** Site pages made by renderers that ran before this one and that the home page links. */
    private static List<PageContext.Link> homePages(RenderContext context) {
        if (context.output().generated(CheatSheetRenderer.INDEX) == null) return List.of();
        return List.of(new PageContext.Link(CheatSheetRenderer.INDEX, "Cheat sheets, one printable page each", 0));
    }

    @Override
    public void render(RenderContext context) {
        Book book = context.book();
        Theme theme = context.theme();
        PageContext.Study study = StudyPages.study(book, context.index(), URLS::chapter,
                id -> context.output().generated(CheatSheetRenderer.FOLDER + id + ".html") != null,
                (id, anchor) -> CheatSheetRenderer.FOLDER + id + ".html", true);
        boolean flashcards = study.cards() > 0;
        boolean practice = study.practice() != null;
        PageContext.Site site = Pages.site(book, Downloads.of(context.output()), homePages(context), flashcards, practice);
        List<PageContext.PartView> parts = Pages.parts(book, Chapter::page);

        context.output().text("index.html", theme.render("home", new PageContext(site, "", "home", "home",
                book.meta().title(), book.meta().subtitle(), "", null, List.of(), null, null, parts, "")));

        List<Chapter> chapters = book.chapters();
        // Each page reads only the book: render them in parallel (Output is sorted, so the order of writes is free).
        java.util.stream.IntStream.range(0, chapters.size()).parallel().forEach(i -> {
            Chapter chapter = chapters.get(i);
            Part part = Pages.partOf(book, chapter);
            PageContext.Link prev = i == 0 ? null : new PageContext.Link(chapters.get(i - 1).page(), chapters.get(i - 1).title(), 0);
            PageContext.Link next = i + 1 == chapters.size() ? null
                    : new PageContext.Link(chapters.get(i + 1).page(), chapters.get(i + 1).title(), 0);
            String html = SheetLink.add(HeadingAnchors.add(chapter.html()), chapter.id(), context.output());
            html = StudyPages.addReviewLink(html, StudyPages.FLASHCARDS + "#" + DECK_PREFIX + chapter.id(), null);
            PageContext page = new PageContext(site, "", "chapter", chapter.id(), chapter.title(),
                    chapter.frontMatter().summary(), html, Pages.card(chapter, part, chapter.page()),
                    Pages.outline(chapter, "#"), prev, next, List.of(), "", GlossaryPages.linkedTerms(book, html, URLS),
                    List.of());
            context.output().text(chapter.page(), theme.render("chapter", page));
        });

        if (flashcards) {
            context.output().text(StudyPages.FLASHCARDS, theme.render("flashcards", new PageContext(site, "",
                    "flashcards", "flashcards", "Flashcards", "Every check-yourself question of the guide as a"
                    + " flashcard, scheduled for review by the SM-2 algorithm.", "", null, List.of(), null, null,
                    List.of(), "", "", List.of(), List.of(), List.of(), study)));
        }
        if (practice) {
            context.output().text(StudyPages.PRACTICE, theme.render("practice", new PageContext(site, "",
                    "practice", "practice", "Practice interview", "A timed practice interview on a prompt of the"
                    + " guide, step by step.", "", null, List.of(), null, null, List.of(), "", "", List.of(),
                    List.of(), List.of(), study)));
        }
        context.output().text("toc.js", TocScript.of(book));
        SearchIndexScript.files(context.index().search()).forEach(context.output()::text);
        context.output().text("search.html", theme.render("search", new PageContext(site, "", "search", "search",
                "Search", "Search the whole guide.", "", null, List.of(), null, null, List.of(), "")));
        if (!book.glossary().isEmpty()) {
            context.output().text(GlossaryLinks.PAGE, theme.render("glossary", new PageContext(site, "", "glossary",
                    "glossary", "Glossary", "Every term of the guide with its definition.", "", null, List.of(), null,
                    null, List.of(), "", List.of(), GlossaryPages.glossary(book, URLS))));
            context.output().text(GlossaryPages.INDEX_PAGE, theme.render("a-z", new PageContext(site, "", "a-z", "a-z",
                    "A–Z index", "Every term of the guide with the sections that mention it.", "", null, List.of(),
                    null, null, List.of(), "", List.of(), GlossaryPages.index(book, context.index().terms(), URLS))));
        }
        context.output().text("404.html", theme.render("404", new PageContext(site, "", "notfound", "notfound",
                "Page not found", "", "", null, List.of(), null, null, List.of(), theme.assetText("guide.css"))));
        for (Map.Entry<String, byte[]> asset : theme.assets().entrySet()) {
            context.output().bytes("assets/" + asset.getKey(), asset.getValue());
        }
        for (Asset asset : context.assets()) context.output().copy(asset.target(), asset.source());
    }
}
