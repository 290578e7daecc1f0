package org.guidebook.model;

import java.util.List;

/**
 * A glossary entry from {@code guide/glossary.yml}.
 *
 * @param id            the entry's anchor on the glossary page (a slug of {@code name}, unique)
 * @param name          the term as the glossary lists it
 * @param abbreviations other names for it (abbreviations, expansions); they link and search like the name
 * @param definition    the definition as Markdown
 * @param html          the definition as an HTML fragment (empty until the markdown stage, links resolved by enrich)
 * @param seeAlso       the chapter sections that explain it
 * @param origin        the file it came from, relative to the repository root
 * @param line          the file line of its {@code - term:} entry
 * @param definitionLine the file line of its {@code definition:} value, to map Markdown lines back
 */
public record Term(String id, String name, List<String> abbreviations, String definition, String html,
                   List<See> seeAlso, String origin, int line, int definitionLine) {

    public Term {
        abbreviations = List.copyOf(abbreviations);
        seeAlso = List.copyOf(seeAlso);
    }

    /**
     * A {@code see:} link as written ({@code target}, relative to {@code guide/}) and, once the enrich stage
     * has checked it, the chapter id and anchor it points to (null before).
     */
    public record See(String target, int line, String chapterId, String anchor) {
    }

    /** The name followed by the abbreviations: every form the term is written in. */
    public List<String> forms() {
        List<String> forms = new java.util.ArrayList<>();
        forms.add(name);
        forms.addAll(abbreviations);
        return List.copyOf(forms);
    }

    public Term withHtml(String newHtml) {
        return new Term(id, name, abbreviations, definition, newHtml, seeAlso, origin, line, definitionLine);
    }

    public Term withSeeAlso(List<See> resolved) {
        return new Term(id, name, abbreviations, definition, html, resolved, origin, line, definitionLine);
    }
}
