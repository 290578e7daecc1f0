package org.guidebook.render;

import java.util.List;
import java.util.Set;
import org.guidebook.model.Meta;
import org.guidebook.render.epub.Xml;

/**
 * {@code sitemap.xml} for a guide with a {@code base-url}: every page a search engine should list, at its
 * canonical address (the same one the page's {@code <link rel="canonical">} gives). Runs after the other
 * renderers and lists the HTML pages they wrote, so a new kind of page is listed without touching this class;
 * pages that are not content (the search page, the 404 page, the print page) are left out. Without a
 * {@code base-url} there is no address to give, and no sitemap.
 */
public final class SitemapRenderer implements Renderer {
    /** Pages that are not content: their addresses do not belong in a search engine's index. */
    private static final Set<String> NOT_CONTENT = Set.of("404.html", "search.html", "print.html");

    @Override
    public String name() {
        return "sitemap";
    }

    @Override
    public void render(RenderContext context) {
        Meta meta = context.book().meta();
        if (meta.baseUrl() == null) return;
        List<String> pages = context.output().files().keySet().stream()
                .filter(path -> path.endsWith(".html") && !path.startsWith("downloads/") && !NOT_CONTENT.contains(path))
                .sorted()
                .toList();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            xml.append("  <url><loc>").append(Xml.escape(canonical(meta.baseUrl(), page)))
                    .append("</loc><lastmod>").append(meta.date()).append("</lastmod></url>\n");
        }
        context.output().text("sitemap.xml", xml.append("</urlset>\n").toString());
    }

    /** A page's canonical address: {@code index.html} is its folder's address. */
    static String canonical(String baseUrl, String page) {
        return baseUrl + (page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length()) : page);
    }
}
