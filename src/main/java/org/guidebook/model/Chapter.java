package org.guidebook.model;

import java.util.List;

/**
 * One chapter as it moves through the pipeline. Stages never mutate a chapter; they return a copy with the
 * fields they own filled in ({@code html} by markdown and enrich, {@code sections} by enrich,
 * {@code diagrams} by markdown and diagram).
 *
 * @param source    path of the Markdown file relative to the repository root
 * @param markdown  the body after the front matter
 * @param bodyLine  the 1-based file line on which {@code markdown} starts, to map parser lines back
 */
public record Chapter(
        String id,
        String source,
        FrontMatter frontMatter,
        String markdown,
        int bodyLine,
        String html,
        List<Section> sections,
        List<Diagram> diagrams) {

    public Chapter {
        sections = List.copyOf(sections);
        diagrams = List.copyOf(diagrams);
    }

    public String title() {
        return frontMatter.title();
    }

    /** The page name of this chapter in the site. */
    public String page() {
        return id + ".html";
    }

    public Chapter withHtml(String newHtml) {
        return new Chapter(id, source, frontMatter, markdown, bodyLine, newHtml, sections, diagrams);
    }

    public Chapter withSections(List<Section> newSections) {
        return new Chapter(id, source, frontMatter, markdown, bodyLine, html, newSections, diagrams);
    }

    public Chapter withDiagrams(List<Diagram> newDiagrams) {
        return new Chapter(id, source, frontMatter, markdown, bodyLine, html, sections, newDiagrams);
    }
}
