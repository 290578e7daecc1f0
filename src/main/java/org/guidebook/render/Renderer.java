package org.guidebook.render;

/**
 * One output format. A renderer reads everything from the {@link RenderContext} (it never re-reads sources)
 * and adds its files to the context's output.
 */
public interface Renderer {
    /** A short name for messages and the build summary, e.g. {@code site}. */
    String name();

    void render(RenderContext context);
}
