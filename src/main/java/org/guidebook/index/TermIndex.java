package org.guidebook.index;

import java.util.List;
import org.guidebook.model.Term;

/**
 * The back-of-book index: every glossary term with the sections that mention it, in reading order, the
 * sections its {@code see:} names marked as primary. "Check yourself" questions and "Further reading" lists
 * are left out: they are not where a term is discussed.
 */
public record TermIndex(List<Entry> entries) {

    /** A term and where it is mentioned. */
    public record Entry(Term term, List<Mention> mentions) {
    }

    /**
     * A section that mentions a term; {@code anchor} and {@code sectionTitle} are empty for a chapter's
     * opening text.
     */
    public record Mention(String chapterId, String chapterTitle, String anchor, String sectionTitle, boolean primary) {
    }
}
