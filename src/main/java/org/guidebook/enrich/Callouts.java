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

    /** Drops a leading "Interview tip:" or "Pitfall:" that would repeat the callout's visible title. */
    private static String withoutRepeatedTitle(String text, String title, String type) {
        for (String label : new String[] {title, type, type.equals("WARNING") ? "Warning" : title}) {
            if (text.regionMatches(true, 0, label + ":", 0, label.length() + 1)) {
                String rest = text.substring(label.length() + 1).stripLeading();
                return rest.isEmpty() ? rest : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
            }
        }
        return text;
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
            text.text(withoutRepeatedTitle(text.getWholeText().substring(m.end()), title, type));
            if (first.text().isBlank() && first.children().isEmpty()) first.remove();
            Element callout = new Element("div").addClass("callout").addClass("callout-" + type.toLowerCase(java.util.Locale.ROOT))
                    .attr("role", "note");
            callout.appendElement("p").addClass("callout-title").text(title);
            callout.appendChildren(quote.childNodesCopy());
            quote.replaceWith(callout);
        }
    }
}
