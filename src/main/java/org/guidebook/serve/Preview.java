package org.guidebook.serve;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.guidebook.Guidebook;
import org.guidebook.problem.AuthorErrors;
import org.guidebook.problem.Problem;
import org.guidebook.render.SiteRenderer;
import org.guidebook.write.Output;

/**
 * What the preview serves and how it is kept current. A change runs the fast pass (every stage, but only
 * the site's renderers, reusing the parse and enrichment of every unchanged chapter and every unchanged
 * diagram), publishes it and tells the open pages to reload. The downloads, the cheat sheets and the print
 * page are built on demand: the first request for one after a change runs a full pass and waits for it,
 * so no edit ever waits behind a build of the EPUB. A failed build keeps the last good output and shows
 * its problems, in the terminal and over the page.
 */
final class Preview implements AutoCloseable {
    /** What the server answers from: an output, the build it came from, and the last attempt's problems. */
    record Snapshot(long generation, Output output, List<Problem> problems) {
    }

    private final Guidebook guidebook;
    private final Guidebook.Options options;
    private final PrintWriter log;
    private final LiveReload live;
    private final ExecutorService builds = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "guidebook-serve-build");
        t.setDaemon(true);
        return t;
    });
    /** True when the served downloads are the last full pass's, older than the pages. */
    private volatile boolean downloadsStale;
    private volatile Snapshot snapshot;
    private volatile Output lastFull;
    private volatile Guidebook.Result lastResult;

    Preview(Path root, Guidebook.Options options, PrintWriter log, LiveReload live) {
        this.guidebook = Guidebook.repeating(root);
        this.options = options;
        this.log = log;
        this.live = live;
    }

    Snapshot snapshot() {
        return snapshot;
    }

    /** The result of the last build that succeeded (for tests: e.g. how many diagrams it rendered). */
    Guidebook.Result lastResult() {
        return lastResult;
    }

    /** The first build, every output, before the server opens; throws {@link AuthorErrors} if the guide has mistakes. */
    void buildFirst() {
        Guidebook.Result result = guidebook.run(options);
        lastFull = result.output();
        lastResult = result;
        snapshot = new Snapshot(1, result.output(), List.of());
    }

    /** Starts with the last good output and the problems of a first build that failed. */
    void startBroken(List<Problem> problems) {
        snapshot = new Snapshot(0, new Output(), List.copyOf(problems));
    }

    /** Called by the watcher with the files that changed. */
    void changed(Set<String> paths) {
        builds.submit(() -> fastPass(paths));
    }

    /**
     * The snapshot to answer a request for {@code path} from: for a download, a cheat sheet or the print page
     * that is older than the pages, after a full pass has brought it up to date.
     */
    Snapshot snapshotFor(String path) {
        boolean madeByFullPass = SiteRenderer.LINKED_OUTPUTS.stream().anyMatch(path::startsWith);
        if (madeByFullPass && downloadsStale) {
            try {
                builds.submit(() -> {
                    if (downloadsStale) fullPass();
                }).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                // reported by the full pass itself; the older file is served
            }
        }
        return snapshot;
    }

    private void fastPass(Set<String> paths) {
        long start = System.nanoTime();
        try {
            Guidebook.Result result = guidebook.run(options, Guidebook.Outputs.SITE, lastFull);
            lastResult = result;
            Snapshot next = new Snapshot(snapshot.generation() + 1, result.output(), List.of());
            snapshot = next;
            downloadsStale = true;
            live.broadcast("reload", String.valueOf(next.generation()));
            log.println(String.format(Locale.ROOT, "Rebuilt in %.0f ms (%s); %d diagram%s rendered", (System.nanoTime() - start) / 1e6,
                    String.join(", ", paths), result.diagramsRendered(), result.diagramsRendered() == 1 ? "" : "s"));
        } catch (AuthorErrors e) {
            fail(e.problems());
        } catch (RuntimeException | StackOverflowError e) {
            fail(List.of(new Problem("(guidebook)", 0, "internal error while rebuilding: " + e + " — this is a bug in Guidebook;"
                    + " the last good build stays served")));
            e.printStackTrace(log);
        }
        log.flush();
    }

    private void fullPass() {
        try {
            Guidebook.Result result = guidebook.run(options);
            lastFull = result.output();
            downloadsStale = false;
            // The same pages, now with fresh downloads: no reload for this.
            snapshot = new Snapshot(snapshot.generation(), result.output(), List.of());
        } catch (AuthorErrors e) {
            // Only a renderer of the downloads can fail here (e.g. a cheat sheet that no longer fits a page).
            fail(e.problems());
        } catch (RuntimeException e) {
            e.printStackTrace(log);
        }
        log.flush();
    }

    private void fail(List<Problem> problems) {
        Snapshot before = snapshot;
        snapshot = new Snapshot(before.generation(), before.output(), List.copyOf(problems));
        for (Problem p : problems) log.println(p.format());
        log.println("guidebook: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + " found; the last good build stays served");
        live.broadcast("problems", Overlay.json(problems));
    }

    @Override
    public void close() {
        builds.shutdownNow();
        try {
            builds.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
