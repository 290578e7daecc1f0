package org.guidebook.load;

import java.util.Optional;

/**
 * A bound on a run of non-blank lines (a paragraph, a table, a block of raw HTML), read before parsing.
 * flexmark's inline parser copies the rest of its paragraph for every inline HTML tag it matches
 * ({@code Matcher.toMatchResult}), which is quadratic in a paragraph's length: the fuzz test's 1.4 MB
 * paragraph of 30,000 {@code <svg><script>} lines ran for minutes. {@link #MAX_CHARS} characters make a
 * very long table; no paragraph a reader reads comes near it.
 */
final class ParagraphLength {
    static final int MAX_CHARS = 100_000;

    private ParagraphLength() {
    }

    /** The 1-based line (within {@code markdown}) where the first over-long run of non-blank lines starts. */
    static Optional<Integer> firstTooLong(String markdown) {
        int line = 1;
        int runStartLine = 1;
        int runChars = 0;
        int i = 0;
        int n = markdown.length();
        while (i < n) {
            int end = markdown.indexOf('\n', i);
            if (end < 0) end = n;
            boolean blank = markdown.substring(i, end).isBlank();
            if (blank) {
                runChars = 0;
            } else {
                if (runChars == 0) runStartLine = line;
                runChars += end - i + 1;
                if (runChars > MAX_CHARS) return Optional.of(runStartLine);
            }
            i = end + 1;
            line++;
        }
        return Optional.empty();
    }
}
