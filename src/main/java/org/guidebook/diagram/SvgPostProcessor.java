package org.guidebook.diagram;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * Makes PlantUML's SVG fit for inlining in a page: removes processing instructions and comments (version,
 * source), prefixes every id with the diagram id so several diagrams on a page never clash, gives the SVG
 * {@code role="img"} and the caption as its accessible name, and lets it scale to the container width.
 */
final class SvgPostProcessor {
    /** Part of the page-ready cache key: bump it when this class changes what it outputs. */
    static final String VERSION = "2"; // 2: page-ready entries are made only from SVG that SvgSafety passed
    private static final Pattern URL_REF = Pattern.compile("url\\(#([^)]+)\\)");

    private SvgPostProcessor() {
    }

    static String process(String svg, String diagramId, String caption) {
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        doc.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml);
        Element root = doc.selectFirst("svg");
        if (root == null) throw new IllegalStateException("PlantUML returned no <svg> element");
        removeNoise(root);
        Map<String, String> renamed = new HashMap<>();
        for (Element e : root.select("[id]")) {
            String fresh = diagramId + "-" + e.id();
            renamed.put(e.id(), fresh);
            e.id(fresh);
        }
        for (Element e : root.getAllElements()) {
            for (var attribute : e.attributes().asList()) {
                String value = attribute.getValue();
                if (attribute.getKey().equals("href") || attribute.getKey().equals("xlink:href")) {
                    if (value.startsWith("#") && renamed.containsKey(value.substring(1))) {
                        e.attr(attribute.getKey(), "#" + renamed.get(value.substring(1)));
                    }
                } else if (value.contains("url(#")) {
                    e.attr(attribute.getKey(), rewriteUrls(value, renamed));
                }
            }
        }
        String width = root.attr("width").replace("px", "");
        String height = root.attr("height").replace("px", "");
        root.removeAttr("style").removeAttr("zoomAndPan").removeAttr("contentStyleType").removeAttr("preserveAspectRatio");
        root.removeAttr("data-diagram-type");
        root.attr("width", width).attr("height", height);
        root.attr("role", "img").attr("aria-label", caption).addClass("diagram-svg");
        root.prependElement("title").text(caption);
        return root.outerHtml();
    }

    private static void removeNoise(Element root) {
        java.util.List<Node> noise = new java.util.ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof Comment || node instanceof org.jsoup.nodes.XmlDeclaration) noise.add(node);
        });
        noise.forEach(Node::remove);
        // PlantUML's data-* metadata (entity names, link types, source lines) is not needed to draw the
        // diagram, and its attribute names depend on the JVM locale (Turkish turns "qualified" into
        // "qual_f_ed"), so dropping it keeps the output identical on every machine and smaller.
        for (Element e : root.getAllElements()) {
            for (var attribute : e.attributes().asList()) {
                if (attribute.getKey().startsWith("data-")) e.removeAttr(attribute.getKey());
            }
            // PlantUML puts lengthAdjust on groups too, where SVG does not allow it (HTML and EPUB checkers
            // report it); it only means something on text.
            if (!e.tagName().equals("text") && !e.tagName().equals("tspan")) e.removeAttr("lengthAdjust");
        }
    }

    private static String rewriteUrls(String value, Map<String, String> renamed) {
        Matcher m = URL_REF.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement("url(#" + renamed.getOrDefault(id, id) + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
