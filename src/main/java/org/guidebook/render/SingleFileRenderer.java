package org.guidebook.render;

import java.util.List;
import org.guidebook.model.Book;

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
 */
public final class SingleFileRenderer implements Renderer {

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
        String body = OnePageBook.articles(OnePageBook.entries(book, appendices), inline::apply, true);
        List<PageContext.PartView> parts = Pages.partsAndBackMatter(book, appendices, c -> "#" + c.id(), a -> "#" + a.id());
        PageContext page = new PageContext(Pages.site(book), "", "single", "single", book.meta().title(),
                book.meta().subtitle(), body, null, List.of(), null, null, parts,
                SelfContained.style(theme.assetText("guide.css")),
                SelfContained.script(theme.assetText("theme.js")),
                List.of(SelfContained.script(theme.assetText("guide.js")),
                        SelfContained.script(SearchIndexScript.script(context.index().search())),
                        SelfContained.script(theme.assetText("search.js")),
                        SelfContained.script(theme.assetText("glossary.js"))));
        context.output().text(Downloads.singleFile(book.meta()), theme.render("single", page));
    }
}
