package org.guidebook.model;

import java.util.List;
import java.util.function.UnaryOperator;

/** A titled group of chapters, in the order {@code guide.yml} lists them. */
public record Part(String title, List<Chapter> chapters) {

    public Part {
        chapters = List.copyOf(chapters);
    }

    public Part mapChapters(UnaryOperator<Chapter> change) {
        return new Part(title, chapters.stream().map(change).toList());
    }
}
