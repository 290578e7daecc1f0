package org.guidebook.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into search words: lower-case (locale-independent), accents removed, runs of letters and
 * digits. The browser's query code ({@code templates/assets/search.js}) normalizes queries by the same
 * rules, so a query word and an indexed word compare equal exactly when the reader would expect.
 */
public final class Tokens {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * Words too common to tell sections apart; they are left out of the index (and the query code ignores
     * them unless the reader is still typing them). The same list is in {@code search.js}.
     */
    public static final Set<String> STOPWORDS = Set.of(("a an and are as at be but by can do for from has have"
            + " how if in into is it its not of on or so than that the their then there these they this to was"
            + " we were what when which while who why will with you your").split(" "));

    private Tokens() {
    }

    /** Lower-case, accent-free form of {@code text}. */
    public static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Every word of {@code text} in order, stopwords included. */
    public static List<String> all(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(normalize(text));
        while (m.find()) words.add(m.group());
        return words;
    }

    /** The words worth indexing: {@link #all} without stopwords. */
    public static List<String> indexed(String text) {
        return all(text).stream().filter(w -> !STOPWORDS.contains(w)).toList();
    }
}
