package org.guidebook.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.guidebook.Guidebook;
import org.guidebook.browser.Browser;
import org.guidebook.diagram.DiagramStage;
import org.guidebook.serve.PreviewServer;
import org.guidebook.support.FixtureRepo;

/**
 * How long an author waits in {@code guidebook serve}: from writing a chapter file to the reloaded page's load
 * event in headless Chromium, for N edits of one chapter of a copy of the real guide (diagram cache warm).
 * Usage: {@code ServeLatency REPO CHAPTER_PATH PAGE [EDITS]}; prints one line per edit, then min, median, p95.
 */
public final class ServeLatency {
    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        String chapter = args[1];
        String page = args[2];
        int edits = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        Path work = Files.createTempDirectory("serve-latency");
        FixtureRepo repo = FixtureRepo.copyOf(work, source);
        if (Files.isDirectory(source.resolve(Guidebook.CACHE_DIR))) {
            FixtureRepo.copyTree(source.resolve(Guidebook.CACHE_DIR), repo.root.resolve(Guidebook.CACHE_DIR));
        }
        Guidebook.Options options = new Guidebook.Options(repo.root.resolve(Guidebook.CACHE_DIR), true, DiagramStage.Progress.NONE);
        StringWriter log = new StringWriter();
        List<Double> times = new ArrayList<>();
        try (PreviewServer server = new PreviewServer(repo.root, options, InetAddress.getLoopbackAddress(), 0, new PrintWriter(log, true));
             Browser browser = Browser.start(1280, 900)) {
            browser.driver.get(server.address().resolve(page).toString());
            Path file = repo.path(chapter);
            String original = Files.readString(file);
            for (int i = 0; i <= edits; i++) {
                String marker = "Edit number " + i + " of the latency run.";
                long written = System.currentTimeMillis();
                Files.writeString(file, original + "\n" + marker + "\n");
                double loaded = waitForLoad(browser, marker);
                if (i > 0) { // the first edit warms the JIT and is not counted
                    times.add(loaded - written);
                    System.out.printf(Locale.ROOT, "edit %2d: %.0f ms%n", i, loaded - written);
                }
            }
        }
        Collections.sort(times);
        System.out.printf(Locale.ROOT, "edits %d: min %.0f ms, median %.0f ms, p95 %.0f ms%n", times.size(), times.get(0),
                times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1));
        System.out.print(log.toString().lines().filter(l -> l.startsWith("Rebuilt")).reduce("", (a, b) -> b + "\n"));
    }

    /** The epoch time (ms) of the load event of the page that shows {@code marker}. */
    private static double waitForLoad(Browser browser, String marker) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                Object at = browser.js("var n = performance.getEntriesByType('navigation')[0];"
                        + "return document.body && document.body.textContent.indexOf(arguments[0]) >= 0 && n && n.loadEventEnd > 0"
                        + " ? performance.timeOrigin + n.loadEventEnd : null;", marker);
                if (at != null) return ((Number) at).doubleValue();
            } catch (RuntimeException e) {
                // the page is navigating
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("the page never showed " + marker);
    }
}
