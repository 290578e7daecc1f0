package org.guidebook.markdown;

import java.util.Arrays;

/**
 * Maps character offsets of a chapter body to 0-based line numbers, the way flexmark's
 * {@code Document.getLineNumber(offset)} counts them (a line ends after {@code \n}, {@code \r\n} or a lone
 * {@code \r}; an offset inside a line break belongs to the line it ends).
 *
 * <p>Why not flexmark's own: it scans the document from the start on every call, and the build asks for
 * the line of every element, so a long chapter cost the square of its length. This table is built once
 * per chapter and answers by binary search.
 */
final class LineIndex {
    /** Offsets at which a line starts, after the first: {@code starts[i]} begins line {@code i + 1}. */
    private final int[] starts;

    private LineIndex(int[] starts) {
        this.starts = starts;
    }

    static LineIndex of(CharSequence text) {
        int[] found = new int[16];
        int count = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') continue;
            if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') i++;
            if (count == found.length) found = Arrays.copyOf(found, count * 2);
            found[count++] = i + 1;
        }
        return new LineIndex(Arrays.copyOf(found, count));
    }

    /** The 0-based line of {@code offset}: how many line starts are at or before it. */
    int lineOf(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return at >= 0 ? at + 1 : -at - 1;
    }
}
