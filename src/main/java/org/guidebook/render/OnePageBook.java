package org.guidebook.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.guidebook.model.Book;
import org.guidebook.model.Chapter;
import org.guidebook.model.Part;
import org.jsoup.nodes.Entities;

/**
 * The whole book as one page body, shared by {@code print.html} and the single file: one
 * {@code article.print-chapter} per chapter and appendix, in reading order, with every id and link rewritten
 * by {@link OnePageAnchors} so anchors are {@code <chapter-id>--<heading-id>}.
 */
final class OnePageBook {
    private OnePageBook() {
    }

    /** One chapter or appendix on the page; {@code part} and {@code prompt} may be null. */
    record Entry(String id, String part, String title, String prompt, String html) {
    }

    /** Chapters in reading order, then the appendices. */
    static List<Entry> entries(Book book, List<Appendix> appendices) {
        List<Entry> entries = new ArrayList<>();
        for (Part part : book.parts()) {
            for (Chapter c : part.chapters()) {
                entries.add(new Entry(c.id(), part.title(), c.title(), c.frontMatter().prompt(), c.html()));
            }
        }
        for (Appendix a : appendices) entries.add(new Entry(a.id(), null, a.title(), null, a.html()));
        return entries;
    }

    /**
     * The articles. {@code prepare} runs on each entry's HTML before anchors are rewritten (e.g. inlining
     * images); with {@code navigation}, each article ends with previous/next and back-to-top links.
     */
    static String articles(List<Entry> entries, UnaryOperator<String> prepare, boolean navigation) {
        Set<String> ids = new HashSet<>();
        entries.forEach(e -> ids.add(e.id()));
        // Each article depends only on its entry and the id set: build them in parallel, join in order.
        List<String> articles = java.util.stream.IntStream.range(0, entries.size()).parallel()
                .mapToObj(i -> article(entries, i, ids, prepare, navigation)).toList();
        StringBuilder body = new StringBuilder();
        articles.forEach(body::append);
        return body.toString();
    }

    private static String article(List<Entry> entries, int i, Set<String> ids, UnaryOperator<String> prepare,
                                  boolean navigation) {
        Entry entry = entries.get(i);
        StringBuilder body = new StringBuilder();
        body.append("<article class=\"print-chapter\" id=\"").append(entry.id()).append("\">");
        if (entry.part() != null) body.append("<p class=\"chapter-part\">").append(Entities.escape(entry.part())).append("</p>");
        body.append("<h1>").append(Entities.escape(entry.title())).append("</h1>");
        if (entry.prompt() != null) {
            body.append("<p class=\"chapter-prompt\"><span class=\"prompt-label\">Prompt:</span> ")
                    .append(Entities.escape(entry.prompt())).append("</p>");
        }
        body.append(OnePageAnchors.rewrite(entry.id(), prepare.apply(entry.html()), ids));
        if (navigation) body.append(navigation(entries, i));
        return body.append("</article>\n").toString();
    }

    /** Previous/next chapter and back to the top, all by in-page anchors (no landmark: one per chapter). */
    private static String navigation(List<Entry> entries, int i) {
        StringBuilder nav = new StringBuilder("<footer class=\"pager\">");
        if (i > 0) nav.append(link("pager-prev", "prev", "Previous", entries.get(i - 1)));
        nav.append("<a class=\"pager-top\" href=\"#top\"><span class=\"pager-label\">Back to top</span>")
                .append(" <span class=\"pager-title\">Contents</span></a>");
        if (i + 1 < entries.size()) nav.append(link("pager-next", "next", "Next", entries.get(i + 1)));
        return nav.append("</footer>").toString();
    }

    private static String link(String cssClass, String rel, String label, Entry target) {
        return "<a class=\"" + cssClass + "\" rel=\"" + rel + "\" href=\"#" + target.id() + "\"><span class=\"pager-label\">"
                + label + "</span> <span class=\"pager-title\">" + Entities.escape(target.title()) + "</span></a>";
    }
}
