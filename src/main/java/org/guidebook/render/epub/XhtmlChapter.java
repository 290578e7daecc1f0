package org.guidebook.render.epub;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * One chapter (or appendix) as an XHTML content document of the EPUB. The site's HTML fragment is adapted
 * for e-book readers: links between chapters point to their {@code .xhtml} files, collapsed answers are
 * shown (readers handle {@code <details>} poorly), each diagram gets an opaque background (reader night
 * modes would turn a transparent one unreadable), links to files that the EPUB does not carry become text.
 * Jsoup then serializes it as XML with XHTML escaping: no HTML-only entity such as {@code &nbsp;} survives.
 */
final class XhtmlChapter {
    private static final Pattern CHAPTER_LINK = Pattern.compile("^([a-z0-9][a-z0-9_-]*)\\.html(#.*)?$");

    /** The finished document and what the manifest and the accessibility metadata need to know about it. */
    record Result(String xhtml, boolean hasSvg, int diagrams, int images, int tables, int tablesWithHeaders,
                  int headings) {
    }

    private XhtmlChapter() {
    }

    /**
     * Builds the document. {@code documentIds} are the ids of every chapter and appendix in the book (links to
     * others become {@code <id>.xhtml}); {@code part}, {@code prompt} and {@code baseUrl} (the guide's
     * {@code base-url}, where links to repository files then point) may be null.
     */
    static Result of(String language, String title, String part, String prompt, String html, Set<String> documentIds,
                     String baseUrl) {
        Document doc = Jsoup.parseBodyFragment(html);
        Element body = doc.body();
        for (Element a : body.select("a[href]")) {
            String href = a.attr("href");
            Matcher m = CHAPTER_LINK.matcher(href);
            if (m.matches() && documentIds.contains(m.group(1))) {
                a.attr("href", m.group(1) + ".xhtml" + (m.group(2) == null ? "" : m.group(2)));
            } else if (href.startsWith("files/")) {
                // A reading system opens only spine documents from a link, so a data set or notebook cannot
                // travel inside the book: link to the online edition's copy when the guide has a base-url,
                // else keep the link text.
                if (baseUrl != null) a.attr("href", baseUrl + href); // GuideLoader ends it with "/"
                else a.unwrap();
            }
        }
        for (Element img : body.select("img")) {
            img.attr("src", "../" + img.attr("src"));
            img.removeAttr("loading");
        }
        for (Element details : body.select("details.qa")) {
            Element summary = details.selectFirst("summary");
            if (summary != null) summary.unwrap();
            details.tagName("div");
        }
        // A reading system pages rather than scrolls: no tab stops for scrolling.
        for (Element wrap : body.select("div.table-wrap, pre")) wrap.removeAttr("tabindex");
        int diagrams = 0;
        for (Element svg : body.select("svg")) {
            if (svg.parent() != null && svg.parent().closest("svg") != null) continue;
            diagrams++;
            opaqueBackground(svg);
            presentationAttributes(svg);
        }
        int tables = body.select("table").size();
        int withHeaders = (int) body.select("table").stream().filter(t -> t.selectFirst("th") != null).count();

        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(java.nio.charset.StandardCharsets.UTF_8).prettyPrint(false);
        StringBuilder xhtml = new StringBuilder(Xml.xhtmlHead(language, title, "../css/book.css"));
        xhtml.append("<body>\n<section epub:type=\"chapter\" role=\"doc-chapter\" aria-label=\"")
                .append(Xml.escape(title)).append("\">\n<header class=\"chapter-header\">");
        if (part != null) xhtml.append("<p class=\"chapter-part\">").append(Xml.escape(part)).append("</p>");
        xhtml.append("<h1>").append(Xml.escape(title)).append("</h1>");
        if (prompt != null) {
            xhtml.append("<p class=\"chapter-prompt\"><span class=\"prompt-label\">Prompt:</span> ")
                    .append(Xml.escape(prompt)).append("</p>");
        }
        xhtml.append("</header>\n").append(body.html()).append("\n</section>\n</body>\n</html>\n");
        return new Result(xhtml.toString(), diagrams > 0, diagrams, body.select("img").size(), tables, withHeaders,
                body.select("h2, h3, h4").size());
    }

    private static final Set<String> PRESENTATION = Set.of("fill", "fill-opacity", "stroke", "stroke-width",
            "stroke-dasharray", "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
            "stroke-opacity", "opacity", "font-family", "font-size", "font-style", "font-weight", "text-anchor", "text-decoration");

    /**
     * PlantUML writes strokes as {@code style="stroke:…"}. Some reading systems drop inline styles in SVG
     * (Calibre's conversion drew the diagrams without a single line), while every one honours SVG's
     * presentation attributes, so each such declaration becomes an attribute.
     */
    private static void presentationAttributes(Element svg) {
        for (Element e : svg.select("[style]")) {
            StringBuilder rest = new StringBuilder();
            for (String declaration : e.attr("style").split(";")) {
                int colon = declaration.indexOf(':');
                if (colon < 0) continue;
                String name = declaration.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
                String value = declaration.substring(colon + 1).strip();
                if (PRESENTATION.contains(name) && !value.contains("!")) {
                    e.attr(name, value); // the style attribute won over an attribute of the same name
                } else if (!name.isEmpty()) {
                    rest.append(name).append(':').append(value).append(';');
                }
            }
            if (rest.length() == 0) e.removeAttr("style");
            else e.attr("style", rest.toString());
        }
    }

    /** A white rectangle under the drawing, right after the title (which must stay first for assistive tech). */
    private static void opaqueBackground(Element svg) {
        Element background = new Element("rect").attr("width", "100%").attr("height", "100%").attr("fill", "#ffffff");
        Element title = svg.selectFirst("> title");
        if (title != null) title.after(background);
        else svg.prependChild(background);
    }
}
