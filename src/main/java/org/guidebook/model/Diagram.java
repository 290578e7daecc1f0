package org.guidebook.model;

/**
 * A diagram found in a chapter. {@code id} is unique within the book and is what the HTML placeholder
 * refers to; {@code source} is the self-contained PlantUML text (includes already expanded);
 * {@code origin} and {@code line} point to where the author wrote it; {@code svg} is null until the
 * diagram stage has rendered it.
 */
public record Diagram(String id, String source, String origin, int line, String caption, String svg) {

    public Diagram withSvg(String rendered) {
        return new Diagram(id, source, origin, line, caption, rendered);
    }
}
