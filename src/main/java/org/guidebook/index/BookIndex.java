package org.guidebook.index;

/** What the {@code index} stage produces for the renderers: the search index and the A–Z term index. */
public record BookIndex(SearchIndex search, TermIndex terms) {
}
