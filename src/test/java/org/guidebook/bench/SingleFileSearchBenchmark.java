package org.guidebook.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.guidebook.browser.Browser;

/**
 * Search in the single file, in real headless Chromium with the CPU slowed down as in {@link SearchBenchmark}:
 * the first query in a freshly opened file (the index is inline, so nothing loads; the snippets' texts are read
 * from the page), until the results and until the first snippet are shown, and each keystroke after it. Also
 * the cost of opening the file (until {@code DOMContentLoaded} and {@code load}), to compare with a file built
 * without search.
 *
 * <p>Usage: {@code SingleFileSearchBenchmark FILE.html [FILE_WITHOUT_SEARCH.html]} — prints Markdown table rows
 * (minimum, median, 95th percentile). {@code -Drate=N} and {@code -Druns=N} as in {@link SearchBenchmark}.
 */
public final class SingleFileSearchBenchmark {
    private SingleFileSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).toAbsolutePath();
        try (Browser browser = Browser.start(1366, 900)) {
            List<Double> first = new ArrayList<>();
            List<Double> snippets = new ArrayList<>();
            List<Double> keys = new ArrayList<>();
            for (int run = 0; run < SearchBenchmark.RUNS; run++) {
                browser.open(file);
                throttle(browser, SearchBenchmark.RATE);
                double[] both = SearchBenchmark.firstQueryAndSnippet(browser, "two tower");
                first.add(both[0]);
                snippets.add(both[1]);
                if (run < 5) {
                    for (String query : SearchBenchmark.QUERIES) {
                        for (int i = 1; i <= query.length(); i++) keys.add(SearchBenchmark.keystroke(browser, query.substring(0, i)));
                    }
                }
                throttle(browser, 1);
            }
            row("Single file: first query (index inline, results shown)", first);
            row("Single file: the same, until the first snippet is shown (texts read from the page)", snippets);
            row("Single file: each keystroke (" + keys.size() + " keystrokes)", keys);
            for (int i = 0; i < args.length; i++) opening(browser, Path.of(args[i]).toAbsolutePath(), i == 0 ? "this file" : args[i]);
        }
    }

    /** ms until DOMContentLoaded and until load of a freshly opened file, slowed down like the queries. */
    private static void opening(Browser browser, Path file, String label) {
        List<Double> ready = new ArrayList<>();
        List<Double> loaded = new ArrayList<>();
        for (int run = 0; run < SearchBenchmark.RUNS; run++) {
            browser.driver.get("about:blank");
            throttle(browser, SearchBenchmark.RATE);
            browser.open(file);
            @SuppressWarnings("unchecked")
            List<Number> ms = (List<Number>) browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "function report() { var n = performance.getEntriesByType('navigation')[0];"
                    + " done([n.domContentLoadedEventEnd, n.loadEventEnd]); }"
                    + "if (document.readyState === 'complete') setTimeout(report, 0); else addEventListener('load', function () { setTimeout(report, 0); });");
            ready.add(ms.get(0).doubleValue());
            loaded.add(ms.get(1).doubleValue());
            throttle(browser, 1);
        }
        row("Opening " + label + ": until DOMContentLoaded", ready);
        row("Opening " + label + ": until load", loaded);
    }

    private static void throttle(Browser browser, int rate) {
        browser.driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", rate));
    }

    private static void row(String what, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
        System.out.printf(Locale.ROOT, "| %s | min %.1f ms | median %.1f ms | p95 %.1f ms |%n", what, sorted.get(0),
                sorted.get(sorted.size() / 2), p95);
    }
}
