package org.guidebook.load;

import java.util.Optional;

/**
 * A bound on Markdown nesting read from the text, before flexmark parses it. The markdown stage bounds the
 * parsed tree's depth, but parsing itself costs (lines × open containers): a 4 MiB chapter of lines like
 * {@code - - - - … ### x}, 2,000 list levels deep, took minutes (found by the fuzz test). A line's
 * container prefix — block-quote markers, list markers, and indentation at two columns a level — bounds the
 * depth of the containers open on that line, so refusing a prefix deeper than {@link #MAX_PREFIX_LEVELS}
 * keeps parsing linear. The estimate can only over-count (indented code inside a list), and the project's
 * deepest prefix is 11 columns, far below the bound.
 */
final class MarkdownNesting {
    /** Container levels a line may open; the parsed-tree bound (64 elements) is the finer check. */
    static final int MAX_PREFIX_LEVELS = 64;

    private MarkdownNesting() {
    }

    /** The first line (1-based within {@code markdown}) whose prefix opens too many containers. */
    static Optional<Integer> firstTooDeep(String markdown) {
        int line = 1;
        int i = 0;
        int n = markdown.length();
        while (i < n) {
            int levels = 0;
            int columns = 0;
            scan:
            while (i < n) {
                char c = markdown.charAt(i);
                switch (c) {
                    case ' ' -> columns++;
                    case '\t' -> columns += 4;
                    case '>' -> levels++;
                    case '-', '*', '+' -> {
                        if (i + 1 < n && (markdown.charAt(i + 1) == ' ' || markdown.charAt(i + 1) == '\t')) levels++;
                        else break scan;
                    }
                    default -> {
                        int j = i;
                        while (j < n && j - i < 9 && Character.isDigit(markdown.charAt(j))) j++;
                        if (j > i && j + 1 < n && (markdown.charAt(j) == '.' || markdown.charAt(j) == ')')
                                && markdown.charAt(j + 1) == ' ') {
                            levels++;
                            i = j;
                        } else {
                            break scan;
                        }
                    }
                }
                i++;
                if (levels + columns / 2 > MAX_PREFIX_LEVELS) return Optional.of(line);
            }
            while (i < n && markdown.charAt(i) != '\n') i++;
            i++;
            line++;
        }
        return Optional.empty();
    }
}
