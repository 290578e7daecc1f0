package org.guidebook.index;

import java.util.List;

/**
 * What the {@code index} stage produces for the renderers: the search index, the A–Z term index, and for
 * the study pages the flashcards (every check-yourself question) and the practice prompts.
 */
public record BookIndex(SearchIndex search, TermIndex terms, List<Flashcard> cards, List<PracticePrompt> prompts) {

    public BookIndex {
        cards = List.copyOf(cards);
        prompts = List.copyOf(prompts);
    }
}
