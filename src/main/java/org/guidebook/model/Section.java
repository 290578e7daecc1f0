package org.guidebook.model;

/** An h2 or h3 of a chapter: its anchor id, level, plain-text title and the plain text under it. */
public record Section(String id, int level, String title, String text) {
}
