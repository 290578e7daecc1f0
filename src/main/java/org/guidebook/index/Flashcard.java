package org.guidebook.index;

/**
 * A question of a {@code ## Check yourself} section as a flashcard. Its {@link #id()} is the chapter id and
 * the question's heading id, so a reader's review history survives a rebuild as long as the question keeps
 * its wording (and its chapter its id).
 *
 * @param question the {@code ###} heading's content, trusted HTML (inline markup only)
 * @param answer   the content below the heading, trusted HTML with the chapter's links as on its site page
 */
public record Flashcard(String chapterId, String headingId, String question, String answer) {

    /** {@code <chapter-id>#<heading-id>}: the key of the card's review state. */
    public String id() {
        return chapterId + "#" + headingId;
    }
}
