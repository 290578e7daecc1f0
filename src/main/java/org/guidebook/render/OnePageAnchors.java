package org.guidebook.render;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Rewrites a chapter's HTML for an output that holds the whole book on one page ({@code print.html}, the
 * single file): every id becomes {@code <chapter-id>--<id>} so ids never collide across chapters, and links
 * to {@code <id>.html#a} become {@code #<id>--a} (or {@code #<id>} for the chapter itself).
 */
public final class OnePageAnchors {
    private static final Pattern CHAPTER_LINK = Pattern.compile("^([a-z0-9][a-z0-9_-]*)\\.html(?:#(.*))?$");

    private OnePageAnchors() {
    }

    public static String anchor(String chapterId, String id) {
        return chapterId + "--" + id;
    }

    public static String rewrite(String chapterId, String html, Set<String> chapterIds) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element e : doc.body().select("[id]")) {
            if (e.closest("svg") != null) continue; // diagram ids are already unique per book
            e.id(anchor(chapterId, e.id()));
        }
        for (Element a : doc.body().select("a[href]")) {
            if (a.hasAttr("data-deck")) continue; // a link to the single file's own flashcards view, not into the chapter
            String href = a.attr("href");
            if (href.startsWith("#")) {
                if (href.length() > 1) a.attr("href", "#" + anchor(chapterId, href.substring(1)));
                continue;
            }
            Matcher m = CHAPTER_LINK.matcher(href);
            if (m.matches() && chapterIds.contains(m.group(1))) {
                a.attr("href", "#" + (m.group(2) == null || m.group(2).isEmpty() ? m.group(1) : anchor(m.group(1), m.group(2))));
            }
        }
        return doc.body().html();
    }
}
