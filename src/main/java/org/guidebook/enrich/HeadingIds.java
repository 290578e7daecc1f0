package org.guidebook.enrich;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Gives every heading a unique id: an explicit {@code {#id}} at the end of the heading text wins (and is
 * removed from the text), otherwise the Git-host slug of the text. Explicit ids are reserved first so a
 * generated slug never takes one; a duplicate explicit id is an error.
 */
final class HeadingIds {
    private static final Pattern EXPLICIT = Pattern.compile("\\s*\\{#([A-Za-z][\\w-]*)\\}\\s*$");

    private HeadingIds() {
    }

    static void apply(Fragment fragment) {
        Slugger slugger = new Slugger();
        var headings = fragment.body.select("h1, h2, h3, h4, h5, h6");
        for (Element heading : headings) {
            String explicit = takeExplicitId(heading);
            if (explicit == null) continue;
            if (!slugger.reserve(explicit)) {
                fragment.problem(heading, "heading id `" + explicit + "` is used twice in this chapter — give one"
                        + " of the headings a different {#id}");
            }
            heading.id(explicit);
        }
        for (Element heading : headings) {
            if (heading.id().isEmpty()) heading.id(slugger.unique(heading.text()));
        }
    }

    private static String takeExplicitId(Element heading) {
        if (heading.childNodeSize() == 0 || !(heading.childNode(heading.childNodeSize() - 1) instanceof TextNode last)) {
            return null;
        }
        Matcher m = EXPLICIT.matcher(last.getWholeText());
        if (!m.find()) return null;
        last.text(last.getWholeText().substring(0, m.start()));
        return m.group(1);
    }
}
