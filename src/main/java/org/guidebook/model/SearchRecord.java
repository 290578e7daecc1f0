package org.guidebook.model;

/**
 * One search result: a chapter's section (each h2 and h3), a chapter's opening text, or a glossary entry.
 *
 * @param url      link relative to the site root, e.g. {@code metrics.html#ndcg}
 * @param chapter  the chapter title ({@code Glossary} for glossary entries)
 * @param section  the section title (the chapter title for a chapter's opening text)
 * @param parent   the h2 above an h3 section, or empty
 * @param text     the plain text under the title
 * @param level    1 for a chapter's opening, 2 or 3 for sections, 0 for a glossary entry
 */
public record SearchRecord(String url, String chapter, String section, String parent, String text, int level) {
}
