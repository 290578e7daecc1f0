package org.guidebook.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Collects every author mistake a build finds, so one run reports all of them instead of stopping at the
 * first. Thread-safe: chapters are processed in parallel and report into the same list.
 */
public final class Problems {
    private final TreeSet<Problem> problems = new TreeSet<>();

    /** Records a problem at {@code path:line}; {@code line} 0 means the whole file. */
    public synchronized void add(String path, int line, String message) {
        // One line each, whatever a message quotes (a PlantUML error, an author's text with line breaks).
        problems.add(new Problem(path, line, message.replaceAll("\\s*\\R\\s*", " ")));
    }

    /** Adds every problem of {@code other}: a stage that reports per chapter first, to know whether that chapter had any. */
    public void addAll(Problems other) {
        for (Problem p : other.sorted()) add(p.path(), p.line(), p.message());
    }

    public synchronized boolean isEmpty() {
        return problems.isEmpty();
    }

    public synchronized int size() {
        return problems.size();
    }

    /** All problems sorted by path, line and message, so the output is the same on every run. */
    public synchronized List<Problem> sorted() {
        return new ArrayList<>(problems);
    }

    /** Throws {@link AuthorErrors} when anything was reported; stages call this at their boundary. */
    public void throwIfAny() {
        if (!isEmpty()) throw new AuthorErrors(sorted());
    }
}
