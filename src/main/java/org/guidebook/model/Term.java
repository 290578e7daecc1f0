package org.guidebook.model;

import java.util.List;

/** A glossary entry: its name, abbreviations, Markdown definition and the chapter links that explain it. */
public record Term(String name, List<String> abbreviations, String definition, List<String> seeAlso, String origin, int line) {

    public Term {
        abbreviations = List.copyOf(abbreviations);
        seeAlso = List.copyOf(seeAlso);
    }
}
