package org.guidebook.enrich;

import java.util.HashSet;
import java.util.Set;

/**
 * Git-host-compatible heading slugs (the rules of GitHub's github-slugger): lower-case, drop everything but
 * letters, digits, marks, {@code -} and {@code _}, turn each space into {@code -}; a repeated slug gets
 * {@code -1}, {@code -2}, … Lower-casing is per code point and locale-independent, so a Turkish default locale
 * cannot turn {@code I} into a dotless {@code ı}.
 */
public final class Slugger {
    private final Set<String> used = new HashSet<>();
    private final java.util.Map<String, Integer> nextSuffix = new java.util.HashMap<>();

    /** The plain slug of {@code text}, without de-duplication. */
    public static String slug(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.strip().codePoints().forEach(cp -> {
            if (cp == ' ') {
                out.append('-');
            } else if (cp == '-' || cp == '_' || Character.isLetterOrDigit(cp) || isMark(cp)) {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
        });
        return out.toString();
    }

    /** Marks an id as taken (e.g. an explicit {@code {#id}}) so generated slugs avoid it. */
    public boolean reserve(String id) {
        return used.add(id);
    }

    /** The next unique slug for {@code text}. */
    public String unique(String text) {
        String base = slug(text);
        if (base.isEmpty()) base = "section";
        // Start from the suffix after the last one given for this base: every lower one was taken then and is
        // still taken, so the result is the same as counting from 1, without the n² of 30,000 equal headings.
        int n = nextSuffix.getOrDefault(base, 0);
        String candidate = n == 0 ? base : base + "-" + n;
        while (!used.add(candidate)) candidate = base + "-" + (++n);
        nextSuffix.put(base, n + 1);
        return candidate;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.CONNECTOR_PUNCTUATION;
    }
}
