package org.guidebook.load;

import java.util.Locale;
import java.util.Optional;

/**
 * Bounds on every text file the build reads (chapters, {@code guide.yml}, {@code glossary.yml}, {@code .puml}
 * and {@code .iuml} files), checked before any parser sees the text. They keep each later stage within a
 * known time and memory: flexmark's and PlantUML's regular expressions recurse once per character of a line,
 * so an unbounded line can exhaust any stack, and a 50 MB chapter would be held several times over in
 * memory on its way to five outputs. The limits are far above what a study guide needs (the project's
 * own guide: largest file 0.4 MiB, longest line 722 characters).
 */
public final class TextLimits {
    /** The largest text file read, in bytes. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    /** The longest line, in characters. */
    public static final int MAX_LINE_CHARS = 20_000;

    private TextLimits() {
    }

    /** A problem with a file's size, before it is read: the message, or empty when it may be read. */
    static Optional<String> checkSize(long bytes) {
        if (bytes <= MAX_FILE_BYTES) return Optional.empty();
        return Optional.of(String.format(Locale.ROOT, "file is %.1f MiB, more than the %d MiB Guidebook reads — split"
                + " it into several files (a chapter this long is several chapters)", bytes / (1024.0 * 1024),
                MAX_FILE_BYTES >> 20));
    }

    /** A problem in decoded text, with its 1-based line: a control character or an over-long line. */
    record Violation(int line, String message) {
    }

    /**
     * The first character no output may carry (C0 and C1 control characters other than tab and line breaks,
     * DEL, and the non-characters U+FFFE and U+FFFF: XHTML forbids them, browsers show them as boxes), or the
     * first line longer than {@link #MAX_LINE_CHARS}. {@code text} has {@code \n} line ends.
     */
    static Optional<Violation> check(String text) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                continue;
            }
            if (i - lineStart >= MAX_LINE_CHARS) {
                int end = text.indexOf('\n', i);
                int length = (end < 0 ? text.length() : end) - lineStart;
                return Optional.of(new Violation(line, String.format(Locale.ROOT, "line is %,d characters long, more"
                        + " than the %,d Guidebook reads — break it into several lines", length, MAX_LINE_CHARS)));
            }
            if (isForbidden(c)) {
                return Optional.of(new Violation(line, String.format(Locale.ROOT, "contains the control character"
                        + " U+%04X, which HTML and XHTML do not allow — delete it (your editor may show it as a box"
                        + " or ^@)", (int) c)));
            }
        }
        return Optional.empty();
    }

    private static boolean isForbidden(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';
    }
}
