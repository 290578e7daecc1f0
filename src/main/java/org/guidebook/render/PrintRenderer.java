package org.guidebook.render;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.guidebook.model.Book;
import org.guidebook.model.Chapter;
import org.guidebook.model.Part;

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
        Set<String> ids = book.chapters().stream().map(Chapter::id).collect(Collectors.toSet());
        StringBuilder body = new StringBuilder();
        for (Part part : book.parts()) {
            for (Chapter chapter : part.chapters()) {
                body.append("<article class=\"print-chapter\" id=\"").append(chapter.id()).append("\">")
                        .append("<p class=\"chapter-part\">").append(org.jsoup.nodes.Entities.escape(part.title())).append("</p>")
                        .append("<h1>").append(org.jsoup.nodes.Entities.escape(chapter.title())).append("</h1>")
                        .append(OnePageAnchors.rewrite(chapter.id(), chapter.html(), ids))
                        .append("</article>\n");
            }
        }
        List<PageContext.PartView> parts = Pages.parts(book, c -> "#" + c.id());
        PageContext page = new PageContext(Pages.site(book), "", "print", "print", book.meta().title(),
                book.meta().subtitle(), body.toString(), null, List.of(), null, null, parts, "");
        context.output().text("print.html", context.theme().render("print", page));
    }
}
