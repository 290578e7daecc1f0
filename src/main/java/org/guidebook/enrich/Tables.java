package org.guidebook.enrich;

import org.jsoup.nodes.Element;

/**
 * Wraps each table in a focusable, labelled region that scrolls sideways, so a wide trade-offs table never
 * widens the page on a phone and keyboard users can scroll it too.
 */
final class Tables {
    private Tables() {
    }

    static void apply(Fragment fragment) {
        for (Element table : fragment.body.select("table")) {
            if (table.parent() != null && table.parent().hasClass("table-wrap")) continue;
            Element headerRow = table.selectFirst("thead tr");
            String label = headerRow == null ? "Table" : "Table: " + headerRow.text();
            Element wrap = new Element("div").addClass("table-wrap").attr("tabindex", "0")
                    .attr("role", "region").attr("aria-label", label.length() > 80 ? label.substring(0, 77) + "…" : label);
            table.replaceWith(wrap);
            wrap.appendChild(table);
        }
    }
}
