package org.guidebook;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Wall time per pipeline stage, printed to standard error when {@code GUIDEBOOK_TIMINGS=1} is set. It is
 * how the speed work finds where a build's time goes without a profiler; it never changes the output.
 */
final class StageClock {
    private final PrintStream out;
    private long last = System.nanoTime();

    private StageClock(PrintStream out) {
        this.out = out;
    }

    static StageClock fromEnvironment() {
        return new StageClock("1".equals(System.getenv("GUIDEBOOK_TIMINGS")) ? System.err : null);
    }

    /** Ends the current step, naming it. */
    void lap(String step) {
        long now = System.nanoTime();
        if (out != null) out.printf(Locale.ROOT, "timing %-28s %7.0f ms%n", step, (now - last) / 1e6);
        last = now;
    }
}
