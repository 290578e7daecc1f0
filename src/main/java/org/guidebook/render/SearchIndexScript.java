package org.guidebook.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.guidebook.index.SearchIndex;
import org.guidebook.index.Tokens;
import org.guidebook.model.SearchRecord;

/**
 * Writes the search index as one script, {@code search-index.js}, that sets {@code window.GUIDEBOOK_SEARCH}.
 * A script, unlike a JSON file, loads from {@code file://} and can be inlined into a single-file output.
 * The format is compact and cheap to load, because the reader's browser loads it on the first query:
 *
 * <pre>
 * {"v":1,
 *  "c":[[page, title], …],                     pages: each chapter, then the glossary
 *  "r":[[c, anchor, title, parent, level, text], …]   records, in reading order
 *  "w":"word word …",                            the indexed words, sorted, separated by spaces
 *  "p":"postings postings …",                    each word's postings, in the same order, separated by spaces
 *  "s":[[form, form, …], …],                     synonym groups (a glossary term and its abbreviations)
 *  "x":"a an and …"}                             the stopwords left out of the index
 * </pre>
 *
 * A word's postings are base-36 numbers separated by commas, one per record that contains it:
 * {@code (record − previous record) × 16 + flags}, with the flags of {@link SearchIndex.Posting}. Only the
 * postings of the words a query needs are ever decoded.
 */
public final class SearchIndexScript {
    /** The file name, relative to the site root. */
    public static final String FILE = "search-index.js";

    private SearchIndexScript() {
    }

    public static String of(SearchIndex index) {
        Map<String, Integer> pages = new LinkedHashMap<>();
        List<String[]> recordParts = new ArrayList<>();
        for (SearchRecord record : index.records()) {
            int hash = record.url().indexOf('#');
            String page = hash < 0 ? record.url() : record.url().substring(0, hash);
            String anchor = hash < 0 ? "" : record.url().substring(hash + 1);
            pages.putIfAbsent(page, pages.size());
            recordParts.add(new String[] {page, anchor});
        }
        StringBuilder js = new StringBuilder("window.GUIDEBOOK_SEARCH={\"v\":1,\"c\":[");
        Map<String, String> pageTitles = new LinkedHashMap<>();
        for (SearchRecord record : index.records()) {
            int hash = record.url().indexOf('#');
            pageTitles.putIfAbsent(hash < 0 ? record.url() : record.url().substring(0, hash), record.chapter());
        }
        int n = 0;
        for (Map.Entry<String, String> page : pageTitles.entrySet()) {
            if (n++ > 0) js.append(',');
            js.append('[').append(Json.string(page.getKey())).append(',').append(Json.string(page.getValue())).append(']');
        }
        js.append("],\n\"r\":[");
        for (int r = 0; r < index.records().size(); r++) {
            SearchRecord record = index.records().get(r);
            if (r > 0) js.append(",\n");
            js.append('[').append(pages.get(recordParts.get(r)[0])).append(',').append(Json.string(recordParts.get(r)[1]))
                    .append(',').append(Json.string(record.section())).append(',').append(Json.string(record.parent()))
                    .append(',').append(record.level()).append(',').append(Json.string(record.text())).append(']');
        }
        js.append("],\n\"w\":").append(Json.string(String.join(" ", index.words().keySet())));
        StringBuilder postings = new StringBuilder();
        for (List<SearchIndex.Posting> list : index.words().values()) {
            if (!postings.isEmpty()) postings.append(' ');
            int previous = -1;
            for (int i = 0; i < list.size(); i++) {
                SearchIndex.Posting p = list.get(i);
                if (i > 0) postings.append(',');
                postings.append(Integer.toString((p.record() - previous) * 16 + p.flags(), 36));
                previous = p.record();
            }
        }
        js.append(",\n\"p\":").append(Json.string(postings.toString()));
        js.append(",\n\"s\":[");
        for (int s = 0; s < index.synonyms().size(); s++) {
            if (s > 0) js.append(',');
            js.append('[').append(String.join(",", index.synonyms().get(s).stream().map(Json::string).toList())).append(']');
        }
        js.append("],\n\"x\":").append(Json.string(String.join(" ", new TreeSet<>(Tokens.STOPWORDS))));
        return js.append("};\n").toString();
    }
}
