package org.guidebook.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.guidebook.Main;
import org.guidebook.problem.AuthorErrors;
import org.guidebook.problem.Problem;

/**
 * Turns author mistakes into one line each and exit code 1, and anything unexpected into a short "internal
 * error" line and exit code 3; never a stack trace unless asked for.
 */
final class Reporting {
    private Reporting() {
    }

    static int run(PrintWriter err, Callable<Integer> work) throws Exception {
        try {
            return work.call();
        } catch (AuthorErrors e) {
            for (Problem p : e.problems()) err.println(p.format());
            err.println("guidebook: " + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s")
                    + " found; nothing was written (the previous output is unchanged)");
            err.flush();
            return Main.AUTHOR_ERRORS;
        } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
            // Every author input is bounded before it is parsed (docs/robustness.md), so reaching this is a
            // bug; a short line, not a page of stack trace, with the trace on request.
            return BugReport.report(err, e);
        }
    }

    static String size(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
