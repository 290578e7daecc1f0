package org.guidebook.render;

/**
 * Back matter that the whole-book outputs (the EPUB, the single file, the print page) carry after the
 * chapters: the glossary, the A–Z index, the cheat sheets. {@code html} is a body fragment written like a
 * chapter's: headings with ids, links to chapters as {@code <chapter-id>.html#anchor}, so every output
 * rewrites its links the way it rewrites a chapter's.
 *
 * @param id     unique among chapters and appendices; the EPUB file name and the single file's anchor
 * @param title  shown as the appendix's heading and in the tables of contents
 */
public record Appendix(String id, String title, String html) {
}
