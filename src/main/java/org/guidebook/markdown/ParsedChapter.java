package org.guidebook.markdown;

import java.util.List;

/** The markdown stage's output for one chapter: an HTML fragment and the diagrams it refers to. */
public record ParsedChapter(String html, List<DiagramRef> diagrams) {
    public ParsedChapter {
        diagrams = List.copyOf(diagrams);
    }
}
