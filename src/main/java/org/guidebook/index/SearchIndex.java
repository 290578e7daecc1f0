package org.guidebook.index;

import java.util.List;
import java.util.SortedMap;
import org.guidebook.model.SearchRecord;

/**
 * The book's search index: the records (sections, chapter openings, glossary entries) and an inverted index
 * from each word to the records that contain it, with where it occurs. Built once at build time so the
 * reader's browser only decodes the postings of the words a query needs.
 *
 * @param records  every searchable record, in reading order (chapter openings and sections, then the glossary)
 * @param words    each indexed word, sorted, to its postings in record order
 * @param synonyms groups of forms that are the same query (a glossary term with its abbreviations)
 */
public record SearchIndex(List<SearchRecord> records, SortedMap<String, List<Posting>> words,
                          List<List<String>> synonyms) {

    /** Bits of {@link Posting#flags}: how often the word occurs in the body, and whether it is in the title. */
    public static final int BODY_MASK = 3;
    public static final int IN_TITLE = 4;

    /**
     * One record that contains a word. {@code flags}: bits 0–1 the body frequency (0 none, 1 once, 2 more
     * often), {@link #IN_TITLE} in the record's own title. (Chapter titles are matched by the query code from
     * the list of pages, which keeps a posting per section of the chapter out of the index.)
     */
    public record Posting(int record, int flags) {
    }
}
