package org.guidebook.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.guidebook.enrich.Slugger;
import org.guidebook.index.SearchIndex;
import org.guidebook.index.Tokens;
import org.guidebook.model.SearchRecord;

/**
 * Writes the search index as scripts: {@code search-index.js}, which sets {@code window.GUIDEBOOK_SEARCH},
 * and one small {@code search/<page>.js} per page with the texts of its records, which adds them to
 * {@code window.GUIDEBOOK_SEARCH_TEXT}. Scripts, unlike JSON files, load from {@code file://} and can be
 * inlined into a single-file output (then every script is inlined and nothing is loaded). The reader's
 * browser loads the index on the first query, so it holds only what ranking needs; the texts, needed only
 * for the snippets of the results shown, are loaded per page when a result needs them. The index:
 *
 * <pre>
 * {"v":2,
 *  "c":[[page, title, first], …],           pages: each chapter, then the glossary, with the number of their
 *                                            first record (a page's records are contiguous)
 *  "r":"anchor\ttitle\tlevel\n…",           records in reading order, one line each; level 1 is a chapter's
 *                                            opening (no anchor), 2 and 3 its sections, 0 a glossary entry;
 *                                            an empty anchor of a section is the slug of its ASCII title (see
 *                                            {@link #derivable}); an h3's parent is the h2 above it
 *  "w":"word word …",                        the indexed words, sorted, separated by spaces
 *  "p":"postings postings …",                each word's postings, in the same order, separated by spaces
 *  "s":"form|form\nform|form…",              synonym groups, one per line (a glossary term and its
 *                                            abbreviations), each form already split into search words
 *  "x":"a an and …"}                         the stopwords left out of the index
 * </pre>
 *
 * Records and synonyms are strings rather than arrays because the browser parses a string literal in a
 * fraction of the time it takes to build thousands of small arrays, and the index is parsed on the first
 * query; the query code splits a record's line only for the results it shows.
 *
 * A word's postings are one number per record that contains it, {@code (record − previous record) × 8 +
 * flags} with the flags of {@link SearchIndex.Posting}, each written as base-64 VLQ digits like a source
 * map's (alphabet {@code A–Z a–z 0–9 + /}, five bits per digit, least significant first, the 32 bit set on
 * every digit but the last), so most postings take one or two characters and need no separator. Only the
 * postings of the words a query needs are ever decoded.
 */
public final class SearchIndexScript {
    /** The index file, relative to the site root. */
    public static final String FILE = "search-index.js";
    /** The folder of the per-page text files, relative to the site root. */
    public static final String TEXT_DIR = "search/";

    private SearchIndexScript() {
    }

    /** Every file of the index: {@link #FILE} and one text file per page, by path relative to the site root. */
    public static Map<String, String> files(SearchIndex index) {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        for (SearchRecord record : index.records()) {
            texts.computeIfAbsent(page(record), k -> new ArrayList<>()).add(record.text());
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put(FILE, script(index));
        texts.forEach((page, list) -> files.put(textFile(page), "(window.GUIDEBOOK_SEARCH_TEXT=window.GUIDEBOOK_SEARCH_TEXT||{})["
                + Json.string(page) + "]=[" + String.join(",\n", list.stream().map(Json::string).toList()) + "];\n"));
        return files;
    }

    /** {@link #FILE} alone: the index without the texts for snippets (the single file reads those from its page). */
    public static String script(SearchIndex index) {
        Map<String, Integer> firstRecord = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        StringBuilder records = new StringBuilder();
        for (int r = 0; r < index.records().size(); r++) {
            SearchRecord record = index.records().get(r);
            int hash = record.url().indexOf('#');
            String anchor = hash < 0 ? "" : record.url().substring(hash + 1);
            firstRecord.putIfAbsent(page(record), r);
            titles.putIfAbsent(page(record), record.chapter());
            if (r > 0) records.append('\n');
            records.append(derivable(anchor, record.section()) ? "" : field(anchor)).append('\t')
                    .append(field(record.section())).append('\t').append(record.level());
        }
        StringBuilder js = new StringBuilder("window.GUIDEBOOK_SEARCH={\"v\":2,\"c\":[");
        titles.forEach((page, title) -> js.append(firstRecord.get(page) > 0 ? "," : "").append('[').append(Json.string(page))
                .append(',').append(Json.string(title)).append(',').append(firstRecord.get(page)).append(']'));
        js.append("],\n\"r\":").append(Json.string(records.toString()))
                .append(",\n\"w\":").append(Json.string(String.join(" ", index.words().keySet())))
                .append(",\n\"p\":").append(Json.string(postings(index)))
                .append(",\n\"s\":").append(Json.string(synonyms(index)))
                .append(",\n\"x\":").append(Json.string(String.join(" ", new TreeSet<>(Tokens.STOPWORDS))))
                .append("};\n");
        return js.toString();
    }

    /** The page of a record: its link without the anchor. */
    private static String page(SearchRecord record) {
        int hash = record.url().indexOf('#');
        return hash < 0 ? record.url() : record.url().substring(0, hash);
    }

    /** A record's field on its line: tabs and line breaks (which headings do not have) become spaces. */
    private static String field(String text) {
        return text.replaceAll("[\\t\\r\\n]", " ");
    }

    /** The synonym groups, one per line, forms separated by {@code |}, each form as its search words. */
    private static String synonyms(SearchIndex index) {
        List<String> groups = new ArrayList<>();
        for (List<String> group : index.synonyms()) {
            List<String> forms = group.stream().map(form -> String.join(" ", Tokens.all(form)))
                    .filter(form -> !form.isEmpty()).distinct().toList();
            if (forms.size() > 1) groups.add(String.join("|", forms));
        }
        return String.join("\n", groups);
    }

    private static final java.util.regex.Pattern ASCII_TITLE = java.util.regex.Pattern.compile("[\\x20-\\x7E]+");

    /**
     * True when the browser can derive {@code anchor} from an ASCII {@code title} by the slug rule it shares
     * with {@link Slugger} for ASCII (lower case, keep letters, digits, {@code -} and {@code _}, spaces to
     * {@code -}); such anchors, most of them, are left out of the index.
     */
    static boolean derivable(String anchor, String title) {
        return !anchor.isEmpty() && ASCII_TITLE.matcher(title).matches() && anchor.equals(Slugger.slug(title));
    }

    /** The text file of a page's records, e.g. {@code search/metrics.js} for {@code metrics.html}. */
    public static String textFile(String page) {
        return TEXT_DIR + page.replaceFirst("\\.html$", "") + ".js";
    }

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    static void vlq(StringBuilder out, int value) {
        int v = value;
        while (v >= 32) {
            out.append(BASE64.charAt((v & 31) | 32));
            v >>>= 5;
        }
        out.append(BASE64.charAt(v));
    }

    private static String postings(SearchIndex index) {
        StringBuilder postings = new StringBuilder();
        for (List<SearchIndex.Posting> list : index.words().values()) {
            if (!postings.isEmpty()) postings.append(' ');
            int previous = -1;
            for (SearchIndex.Posting p : list) {
                vlq(postings, (p.record() - previous) * 8 + p.flags());
                previous = p.record();
            }
        }
        return postings.toString();
    }
}
