package org.guidebook.diagram;

/** Where a line of a self-contained diagram source came from: a repository file and its 1-based line. */
public record Origin(String file, int line) {
}
