package org.guidebook.problem;

/**
 * One mistake in the author's input: where it is and what to do about it.
 *
 * <p>{@code path} is relative to the repository root with forward slashes, so editors and terminals can
 * jump to it; {@code line} is 1-based, or 0 when the problem concerns the whole file.
 */
public record Problem(String path, int line, String message) implements Comparable<Problem> {

    /** The one-line form printed by the CLI: {@code path:line: message}. */
    public String format() {
        return line > 0 ? path + ":" + line + ": " + message : path + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        int byPath = path.compareTo(other.path);
        if (byPath != 0) return byPath;
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return format();
    }
}
