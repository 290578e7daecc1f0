package org.guidebook.enrich;

import java.util.ArrayList;
import java.util.List;
import org.guidebook.model.Section;
import org.jsoup.nodes.Element;

/**
 * The chapter's outline: each h2 and h3 with its id, title, the plain text up to the next h2/h3 and the file
 * line of the heading (read before the line markers are stripped from the HTML). The
 * on-page outline, the search index and the EPUB navigation all come from this list.
 */
final class Sections {
    private Sections() {
    }

    static List<Section> of(Fragment fragment) {
        List<Section> sections = new ArrayList<>();
        List<Element> headings = fragment.body.select("h2, h3");
        for (int i = 0; i < headings.size(); i++) {
            Element heading = headings.get(i);
            Element nextHeading = i + 1 < headings.size() ? headings.get(i + 1) : null;
            StringBuilder text = new StringBuilder();
            collectText(fragment.body, heading, nextHeading, text);
            sections.add(new Section(heading.id(), heading.tagName().equals("h2") ? 2 : 3, heading.text(),
                    text.toString().replaceAll("\\s+", " ").strip(), fragment.lineOf(heading)));
        }
        return sections;
    }

    /** Appends the text of everything after {@code from} and before {@code to}, in document order. */
    private static void collectText(Element root, Element from, Element to, StringBuilder out) {
        boolean[] inside = {false};
        root.traverse((node, depth) -> {
            if (node == from) {
                inside[0] = true;
                return;
            }
            if (node == to) inside[0] = false;
            if (!inside[0] || isInside(node, from) || inSvg(node)) return;
            // Words run on across inline elements ("the <em>CTR</em>." stays "the CTR."); blocks are apart.
            if (node instanceof org.jsoup.nodes.TextNode t) out.append(t.getWholeText());
            else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) out.append(' ');
        });
    }

    private static boolean inSvg(org.jsoup.nodes.Node node) {
        for (org.jsoup.nodes.Node n = node.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && e.tagName().equals("svg")) return true;
        }
        return false;
    }

    private static boolean isInside(org.jsoup.nodes.Node node, Element ancestor) {
        for (org.jsoup.nodes.Node n = node.parent(); n != null; n = n.parent()) if (n == ancestor) return true;
        return false;
    }
}
