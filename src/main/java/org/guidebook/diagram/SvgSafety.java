package org.guidebook.diagram;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks PlantUML's SVG before it is inlined into every output. PlantUML escapes labels and blanks
 * {@code javascript:} links itself, but a diagram can carry more than its author sees (SVG sprites, styles,
 * links), and the SVG is inlined, so what it holds runs with the page: this walk allows only the elements
 * and attributes of a drawing. It refuses script and {@code foreignObject}, animation elements (which can
 * rewrite a link), {@code on*} handlers, links other than {@code http(s):}, {@code mailto:}, relative paths
 * and in-document {@code #ids}, and anything fetched from elsewhere ({@code <image>} or {@code <use>} of a
 * URL, CSS {@code url()} other than {@code url(#id)}, {@code @import}). Embedded raster images
 * ({@code data:image/png|jpeg|gif}) are allowed in {@code <image>}: PlantUML draws sprites that way, and a
 * raster image cannot run script. A violation is the author's diagram to fix, so it is reported, not
 * stripped.
 */
final class SvgSafety {
    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "title", "desc", "rect", "circle",
            "ellipse", "line", "polyline", "polygon", "path", "text", "tspan", "textpath", "a", "lineargradient",
            "radialgradient", "stop", "filter", "clippath", "mask", "marker", "use", "symbol", "pattern", "image",
            "style", "switch");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final Pattern FOREIGN_URL = Pattern.compile("url\\(\\s*(?![\\s'\"]*#)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RASTER = Pattern.compile("^data:image/(png|jpeg|gif);base64,[A-Za-z0-9+/=\\s]*$");
    private static final String FIX = " — remove what makes it (an SVG sprite, a style, a link); a diagram holds"
            + " shapes, text and http(s) links only";

    private SvgSafety() {
    }

    /** What makes {@code svg} unsafe to inline, or empty when it is a plain drawing. */
    static Optional<String> problem(String svg) {
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        for (Element e : doc.getAllElements()) {
            if (e == doc) continue;
            String name = e.normalName();
            String local = name.contains(":") ? name.substring(name.indexOf(':') + 1) : name;
            if (!ELEMENTS.contains(local.toLowerCase(Locale.ROOT))) {
                return Optional.of("the diagram's SVG contains `<" + e.tagName() + ">`, which a drawing does not need"
                        + " and which could run script or load from another site" + FIX);
            }
            if (local.equals("style") && FOREIGN_URL.matcher(e.data()).find() || local.equals("style")
                    && e.data().toLowerCase(Locale.ROOT).contains("@import")) {
                return Optional.of("the diagram's SVG has a style that loads from another site" + FIX);
            }
            for (Attribute attribute : e.attributes()) {
                Optional<String> bad = attributeProblem(local.toLowerCase(Locale.ROOT), attribute);
                if (bad.isPresent()) return bad;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> attributeProblem(String element, Attribute attribute) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue();
        if (key.startsWith("on")) {
            return Optional.of("the diagram's SVG has an event handler `" + key + "`, which runs script" + FIX);
        }
        if (FOREIGN_URL.matcher(value).find() || value.toLowerCase(Locale.ROOT).contains("@import")) {
            return Optional.of("the diagram's SVG has `" + key + "` loading from another site" + FIX);
        }
        if (!key.equals("href") && !key.endsWith(":href") && !key.equals("src")) return Optional.empty();
        String url = value.replaceAll("[\\t\\n\\r]", "").strip();
        String shown = url.length() > 40 ? url.substring(0, 40) + "…" : url;
        if (url.isEmpty() || url.startsWith("#")) return Optional.empty();
        if (element.equals("image")) {
            if (RASTER.matcher(url).matches()) return Optional.empty();
            return Optional.of("the diagram's SVG shows an image from `" + shown + "`, which the reader's browser would"
                    + " fetch" + FIX);
        }
        if (!element.equals("a")) {
            return Optional.of("the diagram's SVG has `<" + element + " " + key + "=\"" + shown + "\">`, which loads"
                    + " from outside the diagram" + FIX);
        }
        var scheme = SCHEME.matcher(url.toLowerCase(Locale.ROOT));
        if (scheme.find() && !LINK_SCHEMES.contains(scheme.group(1))) {
            return Optional.of("diagram link `" + shown + "` uses the `" + scheme.group(1) + ":` scheme — link diagrams"
                    + " to http(s) addresses or to chapters with relative paths");
        }
        return Optional.empty();
    }
}
