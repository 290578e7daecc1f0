package org.guidebook.render.cheatsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.guidebook.model.Chapter;
import org.guidebook.model.Section;
import org.guidebook.problem.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds a chapter's {@code ## Cheat sheet} section in its enriched HTML (figures already inline, links already
 * resolved) and splits it into boxes at its {@code ###} headings. The section stays on the chapter page too:
 * this reads the chapter, it never changes it, so the sheet has no second copy of its content.
 */
final class SheetSection {
    static final String HEADING = "cheat sheet";

    private SheetSection() {
    }

    /** The chapter's cheat sheet, or empty when it has none; mistakes in the section go to {@code problems}. */
    static Optional<CheatSheet> of(Chapter chapter, Problems problems) {
        Document doc = Jsoup.parseBodyFragment(chapter.html());
        doc.outputSettings().prettyPrint(false);
        Element heading = doc.body().children().stream()
                .filter(e -> e.tagName().equals("h2") && e.text().strip().equalsIgnoreCase(HEADING))
                .findFirst().orElse(null);
        if (heading == null) return Optional.empty();
        int line = chapter.sections().stream().filter(s -> s.level() == 2 && s.id().equals(heading.id()))
                .mapToInt(Section::line).findFirst().orElse(0);

        StringBuilder intro = new StringBuilder();
        List<CheatSheet.Box> boxes = new ArrayList<>();
        String boxTitle = null;
        StringBuilder boxHtml = null;
        boolean hasImage = false;
        for (Node node = heading.nextSibling(); node != null && !endsSection(node); node = node.nextSibling()) {
            if (node instanceof TextNode text && text.isBlank()) continue;
            if (node instanceof Element e && !e.select("img").isEmpty()) hasImage = true;
            if (node instanceof Element e && e.tagName().equals("h3")) {
                if (boxTitle != null) boxes.add(new CheatSheet.Box(boxTitle, boxHtml.toString()));
                boxTitle = e.text().strip();
                boxHtml = new StringBuilder();
                continue;
            }
            (boxHtml == null ? intro : boxHtml).append(node.outerHtml());
        }
        if (boxTitle != null) boxes.add(new CheatSheet.Box(boxTitle, boxHtml.toString()));

        String where = chapter.source();
        if (boxes.isEmpty()) {
            problems.add(where, line, "the cheat sheet has no boxes — put each group of bullets under a ### heading"
                    + " (Requirements, Framing, Data & features, Model, Metrics, Serving, Pitfalls)");
        }
        for (CheatSheet.Box box : boxes) {
            if (Jsoup.parseBodyFragment(box.html()).body().text().isBlank()
                    && !box.html().contains("<svg")) {
                problems.add(where, line, "cheat-sheet box \"" + box.title() + "\" is empty — write its bullets"
                        + " under the ### heading or remove the heading");
            }
        }
        if (hasImage) {
            problems.add(where, line, "the cheat sheet has an image, which the printed sheet cannot carry — use a"
                    + " diagram (.puml) or move the image out of ## Cheat sheet");
        }
        String prompt = chapter.frontMatter().prompt();
        return Optional.of(new CheatSheet(chapter.id(), chapter.source(), line, chapter.title(),
                prompt == null || prompt.isBlank() ? null : prompt.strip(), chapter.frontMatter().summary(),
                intro.toString(), boxes));
    }

    /** The section ends at the next h2, or at the footnotes flexmark appends to the chapter. */
    private static boolean endsSection(Node node) {
        return node instanceof Element e && (e.tagName().equals("h2") || e.hasClass("footnotes"));
    }
}
