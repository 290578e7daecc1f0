package org.guidebook.enrich;

import java.util.Map;
import org.guidebook.markdown.MarkdownStage;
import org.guidebook.model.Diagram;
import org.jsoup.nodes.Element;

/**
 * Replaces each diagram placeholder with a {@code <figure>}: the rendered SVG (already accessible and with
 * page-unique ids, see the diagram stage) and the caption as {@code <figcaption>}. A diagram must stand in a
 * paragraph of its own, because a figure cannot sit inside a paragraph.
 */
final class Figures {
    private Figures() {
    }

    static void apply(Fragment fragment, Map<String, Diagram> diagrams) {
        for (Element placeholder : fragment.body.select(MarkdownStage.DIAGRAM_TAG)) {
            Diagram diagram = diagrams.get(placeholder.attr("data-id"));
            Element parent = placeholder.parent();
            boolean alone = parent != null && parent.tagName().equals("p") && parent.childNodeSize() == 1;
            if (parent != null && parent.tagName().equals("p") && !alone) {
                fragment.problem(placeholder, "a diagram must stand alone in its own paragraph — put a blank line"
                        + " before and after the ![…](….puml) line");
            }
            Element figure = new Element("figure").addClass("diagram").id("fig-" + placeholder.attr("data-id"));
            if (diagram != null && diagram.svg() != null) {
                figure.appendElement("div").addClass("diagram-frame").append(diagram.svg());
                figure.appendElement("figcaption").text(diagram.caption());
            }
            (alone ? parent : placeholder).replaceWith(figure);
        }
    }
}
