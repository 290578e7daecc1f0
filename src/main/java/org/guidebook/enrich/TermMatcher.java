package org.guidebook.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guidebook.model.Term;

/**
 * Finds mentions of glossary terms in plain text: every form of a term (its name and abbreviations), as a
 * whole word, with spaces and hyphens interchangeable ("click-through rate" = "click through rate") and an
 * optional plural {@code s}/{@code es}. A form with a capital after its first letter (ANN, CTR, nDCG) is an
 * abbreviation and must match exactly, so "ANN" never matches the name "Ann"; other forms ignore case.
 * Where two forms start at the same place, the longer wins ("normalized cross-entropy" over "cross-entropy").
 *
 * <p>Used by the enrich stage to link first mentions and by the index stage for the A–Z index, so that a
 * term links and indexes the same way.
 */
public final class TermMatcher {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String GAP = "[\\s\\u00A0\\u2010\\u2011-]+";
    private final Map<String, List<Form>> byFirstWord = new LinkedHashMap<>();

    private record Form(Term term, Pattern pattern) {
    }

    /** A mention of {@code term} at {@code [start, end)} of the text. */
    public record Match(int start, int end, Term term) {
    }

    public TermMatcher(List<Term> terms) {
        for (Term term : terms) {
            for (String form : term.forms()) {
                Matcher first = WORD.matcher(form);
                if (!first.find() || first.start() != 0) continue; // a form must start with a letter or digit
                byFirstWord.computeIfAbsent(lower(first.group()), k -> new ArrayList<>())
                        .add(new Form(term, compile(form)));
            }
        }
    }

    /** True when there is no term to find. */
    public boolean isEmpty() {
        return byFirstWord.isEmpty();
    }

    /** Every mention in {@code text}, left to right, never overlapping. */
    public List<Match> findAll(String text) {
        List<Match> found = new ArrayList<>();
        if (byFirstWord.isEmpty()) return found;
        Matcher words = WORD.matcher(text);
        int from = 0;
        while (from < text.length() && words.find(from)) {
            Match best = longestAt(text, words.start(), lower(words.group()));
            if (best != null) {
                found.add(best);
                from = best.end();
            } else {
                from = words.end();
            }
        }
        return found;
    }

    private Match longestAt(String text, int start, String word) {
        Match best = null;
        for (String key : keys(word)) {
            for (Form form : byFirstWord.getOrDefault(key, List.of())) {
                Matcher m = form.pattern().matcher(text).region(start, text.length())
                        .useTransparentBounds(true).useAnchoringBounds(false);
                if (m.lookingAt() && (best == null || m.end() > best.end())) best = new Match(start, m.end(), form.term());
            }
        }
        return best;
    }

    /** The word itself and, for a plural-looking word, its singular, to look up single-word forms. */
    private static List<String> keys(String word) {
        if (word.endsWith("es") && word.length() > 3) return List.of(word, word.substring(0, word.length() - 1), word.substring(0, word.length() - 2));
        if (word.endsWith("s") && word.length() > 2) return List.of(word, word.substring(0, word.length() - 1));
        return List.of(word);
    }

    static Pattern compile(String form) {
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
        boolean inGap = false;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u00A0') {
                if (!inGap) re.append(GAP);
                inGap = true;
                continue;
            }
            inGap = false;
            if (Character.isLetterOrDigit(c)) re.append(c);
            else re.append(Pattern.quote(String.valueOf(c)));
        }
        re.append("(?:e?s)?(?![\\p{L}\\p{N}])");
        return Pattern.compile(re.toString(), isAbbreviation(form) ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A capital letter after the first character marks an abbreviation, matched with its exact case. */
    static boolean isAbbreviation(String form) {
        for (int i = 1; i < form.length(); i++) if (Character.isUpperCase(form.charAt(i))) return true;
        return false;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
