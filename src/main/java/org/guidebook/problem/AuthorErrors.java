package org.guidebook.problem;

import java.util.List;

/**
 * Ends a build because the author's input has mistakes. The CLI prints each problem on one line and exits 1;
 * it never prints a stack trace for this exception.
 */
public final class AuthorErrors extends RuntimeException {
    private final List<Problem> problems;

    public AuthorErrors(List<Problem> problems) {
        super(problems.size() + " problem(s) in the guide", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public static AuthorErrors single(String path, int line, String message) {
        return new AuthorErrors(List.of(new Problem(path, line, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
