package org.guidebook.render;

import java.util.List;
import java.util.function.UnaryOperator;
import org.guidebook.model.Book;

/**
 * {@code print.html}: the whole book on one page for printing or saving as PDF. No navigation chrome, a page
 * break before each chapter (print CSS), links rewritten to in-page anchors.
 */
public final class PrintRenderer implements Renderer {

    @Override
    public String name() {
        return "print";
    }

    @Override
    public void render(RenderContext context) {
        Book book = context.book();
        List<Appendix> appendices = BackMatter.of(context);
        List<OnePageBook.Entry> entries = OnePageBook.entries(book, appendices);
        String body = OnePageBook.articles(entries, UnaryOperator.identity(), false);
        List<PageContext.PartView> parts = Pages.partsAndBackMatter(book, appendices, c -> "#" + c.id(), a -> "#" + a.id());
        PageContext page = new PageContext(Pages.site(book), "", "print", "print", book.meta().title(),
                book.meta().subtitle(), body, null, List.of(), null, null, parts, "");
        context.output().text("print.html", context.theme().render("print", page));
    }
}
