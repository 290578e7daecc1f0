package org.guidebook.enrich;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Collapses the answers of a {@code ## Check yourself} section: each {@code ###} question becomes the
 * {@code <summary>} of a {@code <details>} whose body is the answer, so a reader can try before looking.
 */
final class CheckYourself {
    static final String HEADING = "check yourself";

    private CheckYourself() {
    }

    /** The section ends at the next h2, or at the footnotes flexmark appends to the chapter. */
    private static boolean endsSection(Node node) {
        return node instanceof Element e && (e.tagName().equals("h2") || e.hasClass("footnotes"));
    }

    static void apply(Fragment fragment) {
        for (Element h2 : fragment.body.select("h2")) {
            if (!h2.text().strip().equalsIgnoreCase(HEADING)) continue;
            h2.parent().addClass("has-check-yourself");
            Node cursor = h2.nextSibling();
            Element current = null;
            while (cursor != null && !endsSection(cursor)) {
                Node next = cursor.nextSibling();
                if (cursor instanceof Element e && e.tagName().equals("h3")) {
                    current = new Element("details").addClass("qa");
                    e.before(current);
                    Element summary = current.appendElement("summary");
                    e.remove();
                    summary.appendChild(e);
                    current.appendElement("div").addClass("answer");
                } else if (current != null) {
                    cursor.remove();
                    current.selectFirst("div.answer").appendChild(cursor);
                }
                cursor = next;
            }
            List<Element> empty = new ArrayList<>();
            for (Element details : fragment.body.select("details.qa")) {
                if (details.selectFirst("div.answer").text().isBlank()) empty.add(details);
            }
            for (Element details : empty) {
                fragment.problem(details.selectFirst("h3"), "question \"" + details.selectFirst("h3").text()
                        + "\" has no answer — write the answer under the ### heading");
            }
        }
    }
}
