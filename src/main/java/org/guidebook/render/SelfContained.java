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
 * and links to carried repository files become {@code data:} links that save the file. Not thread-safe:
 * it remembers the diagrams already drawn, in reading order.
 */
final class SelfContained {


    private final Map<String, Asset> assetsByTarget = new HashMap<>();
    private final Map<String, Diagram> diagramsById = new HashMap<>();
    private final Map<String, String> firstDrawingBySource = new HashMap<>();
    private final RenderContext.RepositoryFiles files;

    SelfContained(Book book, List<Asset> assets, RenderContext.RepositoryFiles files) {
        this.files = files;
        assets.forEach(a -> assetsByTarget.put(a.target(), a));
        for (Chapter chapter : book.chapters()) chapter.diagrams().forEach(d -> diagramsById.put(d.id(), d));
        // Decided here, in reading order, and not while pages are inlined: chapters are inlined in parallel, and
        // which drawing carries the SVG must not depend on which chapter happened to be inlined first.
        for (org.guidebook.model.Part part : book.parts()) {
            for (Chapter chapter : part.chapters()) {
                chapter.diagrams().forEach(d -> firstDrawingBySource.putIfAbsent(d.source(), "svg-" + d.id()));
            }
        }
    }

    /** The media type of a file by its extension, for a {@code data:} URI. */
    static String mediaType(String path) {
        return MediaTypes.of(path);
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
            if (first.equals("svg-" + diagram.id())) {
                svg.id(first);
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
        for (Element link : doc.body().select("a[href^=files/]")) carry(link);
        return doc.body().html();
    }

    /** Files up to this size travel inside the single file; a bigger one would make it too heavy to mail. */
    static final int MAX_CARRIED_BYTES = 512 * 1024;

    /**
     * A link to a repository file (a data set, a notebook) becomes a {@code data:} link that saves the file
     * under its own name, so the single file carries it and clicking it makes no request; a file too big to
     * carry leaves its link text, with a note, since a link to a file beside the single file would break.
     */
    private void carry(Element link) {
        String href = link.attr("href");
        int hash = href.indexOf('#');
        Asset asset = assetsByTarget.get(hash < 0 ? href : href.substring(0, hash));
        byte[] bytes = asset == null ? null : files.read(asset.source());
        if (bytes == null || bytes.length > MAX_CARRIED_BYTES) {
            link.after(" (a file of the online edition)");
            link.unwrap();
            return;
        }
        String name = asset.target().substring(asset.target().lastIndexOf('/') + 1);
        String type = mediaType(asset.target());
        link.attr("href", "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes));
        link.attr("download", name);
        link.attr("type", type);
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
