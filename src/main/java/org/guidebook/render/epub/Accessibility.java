package org.guidebook.render.epub;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The schema.org accessibility metadata of the package document, derived from what the book contains
 * (counted in its XHTML documents), so each claim is true of this book rather than boilerplate.
 */
record Accessibility(List<String> accessModes, List<String> accessModesSufficient, List<String> features,
                     List<String> hazards, String summary) {

    /** What the book's documents contain, added up. */
    record Contents(int chapters, int parts, int diagrams, int images, int tables, int tablesWithHeaders,
                    int headings, boolean animatedOrTimedMedia) {
    }

    static Accessibility of(Contents c) {
        boolean visual = c.diagrams() + c.images() > 0;
        List<String> modes = new ArrayList<>(List.of("textual"));
        if (visual) modes.add("visual");
        // Every diagram has its caption as text alternative and every image its alt text (the build refuses
        // either without one), so the text alone carries the book; with the pictures, text and sight together.
        List<String> sufficient = new ArrayList<>(List.of("textual"));
        if (visual) sufficient.add("textual,visual");
        List<String> features = new ArrayList<>(List.of("tableOfContents", "readingOrder", "displayTransformability"));
        if (c.headings() > 0) features.add("structuralNavigation");
        if (visual) features.add("alternativeText");
        features.add("ARIA");
        List<String> hazards = c.animatedOrTimedMedia() ? List.of("unknown") : List.of("none");

        StringBuilder summary = new StringBuilder(String.format(Locale.ROOT,
                "This e-book has %d chapter%s in %d part%s, a table of contents and a heading for every section.",
                c.chapters(), c.chapters() == 1 ? "" : "s", c.parts(), c.parts() == 1 ? "" : "s"));
        if (c.diagrams() > 0) {
            summary.append(String.format(Locale.ROOT, " Its %d diagram%s %s drawn as SVG on a white background, each"
                    + " with a caption that is also its text alternative.", c.diagrams(), c.diagrams() == 1 ? "" : "s",
                    c.diagrams() == 1 ? "is" : "are"));
        }
        if (c.images() > 0) {
            summary.append(String.format(Locale.ROOT, " Its %d image%s %s alternative text.", c.images(),
                    c.images() == 1 ? "" : "s", c.images() == 1 ? "has" : "have"));
        }
        if (c.tables() > 0) {
            summary.append(c.tablesWithHeaders() == c.tables()
                    ? String.format(Locale.ROOT, " All %d tables have header cells.", c.tables())
                    : String.format(Locale.ROOT, " %d of %d tables have header cells.", c.tablesWithHeaders(), c.tables()));
        }
        summary.append(c.animatedOrTimedMedia() ? " It contains animated or timed media."
                : " It has no scripts, audio, video or animation, and text can be resized and restyled by the reader.");
        return new Accessibility(modes, sufficient, features, hazards, summary.toString());
    }
}
