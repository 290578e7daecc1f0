package org.guidebook.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bound on the headings of one chapter, read from the text before parsing. Some enrich and render passes
 * (sections, cheat-sheet boxes) look at a heading's following siblings, which is quadratic in the headings
 * of a chapter: the fuzz test's chapter of 30,000 "## Cheat sheet" lines took 85 s of CPU. No chapter needs
 * {@link #MAX_HEADINGS}; lines that only look like headings (a {@code #} comment in a code block) count too,
 * so the bound is generous.
 */
final class HeadingCount {
    static final int MAX_HEADINGS = 2_000;
    private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}(?=[ \\t]|$)");

    private HeadingCount() {
    }

    /** The 1-based line (within {@code markdown}) of the first heading over the bound. */
    static Optional<Integer> firstExcess(String markdown) {
        Matcher m = HEADING.matcher(markdown);
        int count = 0;
        while (m.find()) {
            if (++count > MAX_HEADINGS) {
                int line = 1;
                for (int i = 0; i < m.start(); i++) if (markdown.charAt(i) == '\n') line++;
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }
}
