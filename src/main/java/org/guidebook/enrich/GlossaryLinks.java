package org.guidebook.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Links the first mention of each glossary term in a chapter to its entry on the glossary page:
 * {@code <a class="term" href="glossary.html#id" data-term="id">}. Headings, code, links, diagrams and
 * figure captions are never touched, so a link never lands where it would change meaning or nest. The site's
 * script turns these links into definition popovers; without script they simply lead to the glossary.
 */
public final class GlossaryLinks {
    /** The glossary page, relative to the site root; term links point at its anchors. */
    public static final String PAGE = "glossary.html";
    /** Class of a link to a glossary entry; its {@code data-term} attribute holds the term's id. */
    public static final String CLASS = "term";
    private static final Set<String> SKIPPED = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "kbd",
            "samp", "svg", "figure", "figcaption", "script", "style", "summary", "button", "sup", "sub", "abbr");

    private GlossaryLinks() {
    }

    static void apply(Fragment fragment, TermMatcher matcher) {
        if (matcher.isEmpty()) return;
        Set<String> linked = new HashSet<>();
        for (TextNode text : eligibleTextNodes(fragment.body)) {
            TextNode rest = text;
            while (rest != null) rest = linkFirstNew(rest, matcher, linked);
        }
    }

    /** Links the first not-yet-linked term in {@code text}; returns the text after it, or null when done. */
    private static TextNode linkFirstNew(TextNode text, TermMatcher matcher, Set<String> linked) {
        for (TermMatcher.Match m : matcher.findAll(text.getWholeText())) {
            if (!linked.add(m.term().id())) continue;
            TextNode after = m.end() < text.getWholeText().length() ? text.splitText(m.end()) : null;
            TextNode mention = m.start() > 0 ? text.splitText(m.start()) : text;
            Element link = new Element("a").addClass(CLASS).attr("href", PAGE + "#" + m.term().id())
                    .attr("data-term", m.term().id()).text(mention.getWholeText());
            mention.replaceWith(link);
            return after;
        }
        return null;
    }

    private static List<TextNode> eligibleTextNodes(Element body) {
        List<TextNode> nodes = new ArrayList<>();
        body.traverse((node, depth) -> {
            if (node instanceof TextNode t && !t.isBlank() && eligible(t)) nodes.add(t);
        });
        return nodes;
    }

    private static boolean eligible(Node node) {
        for (Node n = node.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && (SKIPPED.contains(e.normalName()) || e.hasClass("callout-title"))) return false;
        }
        return true;
    }
}
