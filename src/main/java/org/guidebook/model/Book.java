package org.guidebook.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole guide: metadata, parts in reading order, and the glossary. Immutable. */
public record Book(Meta meta, List<Part> parts, List<Term> glossary) {

    public Book {
        parts = List.copyOf(parts);
        glossary = List.copyOf(glossary);
    }

    /** Every chapter in reading order. */
    public List<Chapter> chapters() {
        return parts.stream().flatMap(p -> p.chapters().stream()).toList();
    }

    public Optional<Chapter> chapter(String id) {
        return chapters().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Chapters by their source path (relative to the repository root). */
    public Map<String, Chapter> chaptersBySource() {
        return chapters().stream().collect(Collectors.toMap(Chapter::source, Function.identity()));
    }

    /** A copy with every chapter replaced by {@code change(chapter)}; order and parts are kept. */
    public Book mapChapters(java.util.function.UnaryOperator<Chapter> change) {
        return new Book(meta, parts.stream().map(p -> p.mapChapters(change)).toList(), glossary);
    }

    /** A copy with chapters replaced by the chapters of the same id in {@code replacements}. */
    public Book withChapters(Map<String, Chapter> replacements) {
        return mapChapters(c -> replacements.getOrDefault(c.id(), c));
    }

    public Book withGlossary(List<Term> terms) {
        return new Book(meta, parts, terms);
    }
}
