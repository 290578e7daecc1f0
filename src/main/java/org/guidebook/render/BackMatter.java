package org.guidebook.render;

import java.util.List;

/**
 * The appendices every whole-book output carries, in order. This is the one place to add one: the EPUB,
 * the single file and the print page iterate over this list, so a glossary or A–Z index page built from the
 * book appears in all of them (with its links rewritten like a chapter's).
 */
public final class BackMatter {
    private BackMatter() {
    }

    /** The appendices of this book: the cheat sheets, the glossary and the A–Z index (when there are some). */
    public static List<Appendix> of(RenderContext context) {
        return context.derived().get("back matter", () -> compute(context));
    }

    private static List<Appendix> compute(RenderContext context) {
        List<Appendix> all = new java.util.ArrayList<>(SheetIndexAppendix.of(context));
        all.addAll(GlossaryAppendices.of(context));
        return List.copyOf(all);
    }
}
