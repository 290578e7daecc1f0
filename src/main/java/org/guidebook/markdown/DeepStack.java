package org.guidebook.markdown;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs flexmark's parser on a thread with a large stack. Some of its regular expressions (the thematic-break
 * test, for one) recurse once per character of a line: on a pool thread's 1 MiB stack a line of 5,000
 * asterisks overflows it. With {@link #STACK_BYTES} and lines bounded by the load stage's {@code TextLimits}
 * every line parses; the stack is reserved address space, committed only as deep as a parse goes.
 */
public final class DeepStack {
    /** Enough for a 100,000-character line of delimiters (measured); lines are bounded to 20,000. */
    static final long STACK_BYTES = 64L * 1024 * 1024;

    private DeepStack() {
    }

    public static <T> T call(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "guidebook-markdown", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing Markdown", e);
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        if (t != null) throw new IllegalStateException(t);
        return result.get();
    }
}
