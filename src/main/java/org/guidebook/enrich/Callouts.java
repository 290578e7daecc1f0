package org.guidebook.enrich;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Turns Git-host alerts ({@code > [!TIP]} …) into styled callouts: a {@code div.callout} with
 * {@code role="note"} and a visible title, so the meaning does not rest on colour alone.
 */
final class Callouts {
    static final Map<String, String> TITLES = Map.of(
            "NOTE", "Note",
            "TIP", "Interview tip",
            "IMPORTANT", "Important",
            "WARNING", "Pitfall",
            "CAUTION", "Caution");
    private static final Pattern MARKER = Pattern.compile("^\\[!([A-Za-z]+)\\][ \\t]*\\n?");

    private Callouts() {
    }

    static void apply(Fragment fragment) {
        for (Element quote : fragment.body.select("blockquote")) {
            Element first = quote.firstElementChild();
            if (first == null || !first.tagName().equals("p") || first.childNodeSize() == 0
                    || !(first.childNode(0) instanceof TextNode text)) {
                continue;
            }
            Matcher m = MARKER.matcher(text.getWholeText());
            if (!m.find()) continue;
            String type = m.group(1).toUpperCase(java.util.Locale.ROOT);
            String title = TITLES.get(type);
            if (title == null) {
                fragment.problem(quote, "unknown callout `[!" + m.group(1) + "]` — use [!NOTE], [!TIP], [!IMPORTANT],"
                        + " [!WARNING] or [!CAUTION]");
                continue;
            }
            text.text(text.getWholeText().substring(m.end()));
            if (first.text().isBlank() && first.children().isEmpty()) first.remove();
            Element callout = new Element("div").addClass("callout").addClass("callout-" + type.toLowerCase(java.util.Locale.ROOT))
                    .attr("role", "note");
            callout.appendElement("p").addClass("callout-title").text(title);
            callout.appendChildren(quote.childNodesCopy());
            quote.replaceWith(callout);
        }
    }
}
