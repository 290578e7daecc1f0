package org.guidebook.model;

/**
 * An h2 or h3 of a chapter: its anchor id, level, plain-text title, the plain text under it, and the file line
 * of the heading (so later stages can report a problem with a section at {@code path:line}; 0 if unknown).
 */
public record Section(String id, int level, String title, String text, int line) {
}
