package org.guidebook.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Adds a visible "link to this section" anchor to every h2 and h3 of a site page. */
final class HeadingAnchors {
    private HeadingAnchors() {
    }

    static String add(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element h : doc.body().select("h2[id], h3[id]")) {
            if (h.parent() != null && h.parent().tagName().equals("summary")) continue;
            h.appendElement("a").addClass("heading-anchor").attr("href", "#" + h.id())
                    .attr("aria-label", "Link to this section: " + h.text()).text("#");
        }
        return doc.body().html();
    }
}
