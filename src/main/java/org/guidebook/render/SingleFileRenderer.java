package org.guidebook.render;

import java.util.List;
import org.guidebook.model.Book;
import org.guidebook.model.Chapter;
import org.guidebook.model.Section;

/**
 * {@code downloads/<name>.html}: the whole guide in one self-contained file that opens from a file manager
 * or an e-mail attachment and makes no request: the theme's CSS and scripts, every diagram's SVG and every
 * image are inside it. Chapters follow each other on the page; the contents, previous/next and back-to-top
 * are in-page anchors ({@code <chapter-id>--<heading-id>}, as in {@code print.html}); the light/dark toggle
 * and the diagram viewer work as on the site; printing gives one chapter per page.
 *
 * <p>Search and glossary popovers work too, without a second copy of the book's text: the search index
 * ({@code search-index.js}) is inlined once, but not the per-page snippet texts ({@code search/<page>.js}),
 * which {@code search.js} reads from the page itself when the body has {@code data-one-page}; the popovers
 * take their definitions from the glossary appendix.
 *
 * <p>The study views (flashcards, practice interview) are sections at the end of the page. Flashcards read
 * their questions and answers from the chapters' check-yourself sections on the page; the views' script is
 * inlined as inert text that {@code guide.js} runs only when the reader opens one, so opening the file costs
 * nothing more than before.
 */
public final class SingleFileRenderer implements Renderer {
    /** The in-page ids of the study views. */
    static final String FLASHCARDS = "flashcards";
    static final String PRACTICE = "practice";

    @Override
    public String name() {
        return "single file";
    }

    @Override
    public void render(RenderContext context) {
        Book book = context.book();
        Theme theme = context.theme();
        List<Appendix> appendices = BackMatter.of(context);
        SelfContained inline = new SelfContained(book, context.assets(), context.files());
        boolean flashcards = !context.index().cards().isEmpty();
        String body = OnePageBook.articles(OnePageBook.entries(book, appendices), html -> {
            String standalone = inline.apply(html);
            return flashcards ? StudyPages.addReviewLink(standalone, "#" + FLASHCARDS, "chapter") : standalone;
        }, true);
        List<PageContext.PartView> parts = Pages.partsAndBackMatter(book, appendices, c -> "#" + c.id(), a -> "#" + a.id());
        PageContext.Study found = StudyPages.study(book, context.index(),
                (id, anchor) -> "#" + (anchor.isEmpty() ? id : OnePageAnchors.anchor(id, anchor)),
                id -> sheetSection(book, id) != null,
                (id, anchor) -> "#" + OnePageAnchors.anchor(id, sheetSection(book, id)), false);
        PageContext.Study study = new PageContext.Study(found.parts(), found.cards(), found.practice(),
                flashcards || found.practice() != null
                        ? SelfContained.script(theme.assetText("srs.js") + "\n" + theme.assetText("study.js")) : "");
        PageContext page = new PageContext(Pages.site(book, List.of(), List.of(), flashcards, found.practice() != null),
                "", "single", "single", book.meta().title(),
                book.meta().subtitle(), body, null, List.of(), null, null, parts,
                SelfContained.style(theme.assetText("guide.css")),
                SelfContained.script(theme.assetText("theme.js")),
                List.of(SelfContained.script(theme.assetText("guide.js")),
                        SelfContained.script(SearchIndexScript.script(context.index().search())),
                        SelfContained.script(theme.assetText("search.js")),
                        SelfContained.script(theme.assetText("glossary.js"))),
                List.of(), List.of(), study);
        context.output().text(Downloads.singleFile(book.meta()), theme.render("single", page));
    }

    /** The id of a chapter's {@code ## Cheat sheet} heading, or null when it has none. */
    private static String sheetSection(Book book, String chapterId) {
        Chapter chapter = book.chapter(chapterId).orElse(null);
        if (chapter == null) return null;
        for (Section s : chapter.sections()) {
            if (s.level() == 2 && s.title().strip().equalsIgnoreCase("cheat sheet")) return s.id();
        }
        return null;
    }
}
