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
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (Element table : fragment.body.select("table")) {
            if (table.parent() != null && table.parent().hasClass("table-wrap")) continue;
            Element headerRow = table.selectFirst("thead tr");
            String label = headerRow == null ? "Table" : "Table: " + headerRow.text();
            if (label.length() > 80) label = label.substring(0, 77) + "…";
            // Each labelled region is a landmark; two with the same name cannot be told apart.
            int count = seen.merge(label, 1, Integer::sum);
            if (count > 1) label = label + " (" + count + ")";
            Element wrap = new Element("div").addClass("table-wrap").attr("tabindex", "0")
                    .attr("role", "region").attr("aria-label", label);
            table.replaceWith(wrap);
            wrap.appendChild(table);
        }
    }
}
