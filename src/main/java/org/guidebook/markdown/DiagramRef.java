package org.guidebook.markdown;

/**
 * A diagram the author placed in a chapter, as the Markdown parser found it: either a file reference
 * ({@code ![Caption](../../diagrams/x.puml)}, {@code file} set) or a fenced {@code plantuml} block
 * ({@code inlineSource} set). {@code line} is the 1-based line in the chapter file.
 */
public record DiagramRef(String id, String file, String inlineSource, int line, String caption) {
}
