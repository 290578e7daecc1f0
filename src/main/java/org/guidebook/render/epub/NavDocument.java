package org.guidebook.render.epub;

import java.util.List;

/**
 * The EPUB navigation document ({@code nav.xhtml}): the table of contents as parts → chapters → sections
 * (the chapter's h2 with its h3 below), and the landmarks (cover, contents, start of the text).
 */
final class NavDocument {
    private NavDocument() {
    }

    /** A titled link; {@code children} are the entries below it (parts hold chapters, chapters hold sections). */
    record Entry(String title, String href, List<Entry> children) {
    }

    static String of(String language, List<Entry> parts, String firstChapterHref) {
        StringBuilder nav = new StringBuilder(Xml.xhtmlHead(language, "Contents", "css/book.css"));
        nav.append("<body>\n<nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\" aria-labelledby=\"toc-title\">\n")
                .append("<h1 id=\"toc-title\">Contents</h1>\n");
        list(nav, parts);
        nav.append("</nav>\n<nav epub:type=\"landmarks\" id=\"landmarks\" aria-label=\"Landmarks\" hidden=\"hidden\">\n<ol>\n")
                .append("<li><a epub:type=\"cover\" href=\"cover.xhtml\">Cover</a></li>\n")
                .append("<li><a epub:type=\"toc\" href=\"nav.xhtml#toc\">Contents</a></li>\n")
                .append("<li><a epub:type=\"bodymatter\" href=\"").append(firstChapterHref).append("\">Start of the text</a></li>\n")
                .append("</ol>\n</nav>\n</body>\n</html>\n");
        return nav.toString();
    }

    private static void list(StringBuilder nav, List<Entry> entries) {
        nav.append("<ol>\n");
        for (Entry entry : entries) {
            nav.append("<li>");
            if (entry.href() == null) nav.append("<span>").append(Xml.escape(entry.title())).append("</span>");
            else nav.append("<a href=\"").append(Xml.escape(entry.href())).append("\">").append(Xml.escape(entry.title())).append("</a>");
            if (!entry.children().isEmpty()) list(nav, entry.children());
            nav.append("</li>\n");
        }
        nav.append("</ol>\n");
    }
}
