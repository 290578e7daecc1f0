package org.guidebook.render;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.guidebook.enrich.Asset;
import org.guidebook.model.Book;
import org.guidebook.model.Chapter;
import org.guidebook.model.Diagram;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes chapter HTML stand alone in the single file: images become {@code data:} URIs, a diagram that
 * appears again (same PlantUML source) becomes a {@code <use>} of its first drawing instead of a second copy,
 * and links to carried files (which do not travel with the single file) become plain text. Not thread-safe:
 * it remembers the diagrams already drawn, in reading order.
 */
final class SelfContained {
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif",
            "webp", "image/webp", "svg", "image/svg+xml", "avif", "image/avif");

    private final Map<String, Asset> assetsByTarget = new HashMap<>();
    private final Map<String, Diagram> diagramsById = new HashMap<>();
    private final Map<String, String> firstDrawingBySource = new HashMap<>();
    private final RenderContext.RepositoryFiles files;

    SelfContained(Book book, List<Asset> assets, RenderContext.RepositoryFiles files) {
        this.files = files;
        assets.forEach(a -> assetsByTarget.put(a.target(), a));
        for (Chapter chapter : book.chapters()) chapter.diagrams().forEach(d -> diagramsById.put(d.id(), d));
    }

    /** The media type of a file by its extension, for a {@code data:} URI. */
    static String mediaType(String path) {
        String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return MEDIA_TYPES.getOrDefault(ext, "application/octet-stream");
    }

    String apply(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element img : doc.body().select("img[src]")) {
            Asset asset = assetsByTarget.get(img.attr("src"));
            if (asset == null) continue;
            img.attr("src", "data:" + mediaType(asset.target()) + ";base64,"
                    + Base64.getEncoder().encodeToString(files.read(asset.source())));
            img.removeAttr("loading");
        }
        for (Element figure : doc.body().select("figure.diagram[id^=fig-]")) {
            Diagram diagram = diagramsById.get(figure.id().substring("fig-".length()));
            Element svg = figure.selectFirst("svg");
            if (diagram == null || svg == null) continue;
            String first = firstDrawingBySource.get(diagram.source());
            if (first == null) {
                firstDrawingBySource.put(diagram.source(), "svg-" + diagram.id());
                svg.id("svg-" + diagram.id());
            } else {
                Element reuse = new Element("svg").attr("xmlns", "http://www.w3.org/2000/svg")
                        .attr("width", svg.attr("width")).attr("height", svg.attr("height"))
                        .attr("viewBox", svg.attr("viewBox")).attr("role", "img")
                        .attr("aria-label", diagram.caption()).addClass("diagram-svg");
                reuse.appendElement("title").text(diagram.caption());
                reuse.appendElement("use").attr("href", "#" + first).attr("width", "100%").attr("height", "100%");
                svg.replaceWith(reuse);
            }
        }
        for (Element link : doc.body().select("a[href^=files/]")) link.unwrap();
        return doc.body().html();
    }

    /** CSS for a {@code <style>} element: a literal {@code </style} would end it early. */
    static String style(String css) {
        return css.replace("</style", "<\\/style");
    }

    /** JavaScript for a {@code <script>} element: a literal {@code </script} would end it early. */
    static String script(String js) {
        return js.replace("</script", "<\\/script");
    }
}
