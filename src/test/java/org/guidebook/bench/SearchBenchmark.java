package org.guidebook.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.guidebook.browser.Browser;

/**
 * Search latency in real headless Chromium with the CPU slowed down four times
 * ({@code Emulation.setCPUThrottlingRate}), on a built site opened from {@code file://}:
 *
 * <ul>
 *   <li>Guidebook's index: the first query including loading {@code search-index.js} (typed into the search
 *   box, timed until the results are in the page and laid out), then every keystroke of a list of queries;</li>
 *   <li>lunr 2.3.9 on the same records, for comparison: building its index in the page, and loading a
 *   serialized lunr index (built beforehand, without throttling) plus one query; each keystroke as a lunr
 *   query with prefix and one-typo terms.</li>
 * </ul>
 *
 * <p>Usage: {@code SearchBenchmark SITE_DIR [lunr]} — prints one Markdown table row per measure (minimum,
 * median and 95th percentile; on a shared machine the minimum is the closest to the cost without other load).
 * {@code -Drate=N} changes the slow-down, {@code -Druns=N} the number of fresh page loads.
 */
public final class SearchBenchmark {
    static final List<String> QUERIES = List.of("two tower", "ndcg", "embed", "embedings", "feature store",
            "cold start", "ann", "click-through rate", "negative sampling", "latency budget", "calibration drift");

    /** The CPU slow-down (4 for the budget; {@code -Drate=1} to see the unthrottled cost). */
    static final int RATE = Integer.getInteger("rate", 4);
    /** Fresh page loads per measure; the machine may be shared, so the minimum is reported with the median. */
    static final int RUNS = Integer.getInteger("runs", 10);

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        boolean lunr = args.length > 1 && args[1].equals("lunr");
        byte[] index = Files.readAllBytes(site.resolve("search-index.js"));
        System.out.printf(Locale.ROOT, "| search-index.js | %s raw | %s gzipped |%n", kib(index.length), kib(gzip(index)));
        try (Browser browser = Browser.start(1366, 900)) {
            List<Double> floor = new ArrayList<>();
            List<Double> first = new ArrayList<>();
            List<Double> snippets = new ArrayList<>();
            List<Double> focused = new ArrayList<>();
            List<Double> idle = new ArrayList<>();
            List<Double> keys = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                browser.open(site.resolve("index.html"));
                throttle(browser, RATE);
                floor.add(loadScript(browser, "toc.js"));
                browser.open(site.resolve("index.html"));
                throttle(browser, RATE);
                focusThenType(browser, "embedding", focused);
                browser.open(site.resolve("index.html"));
                throttle(browser, RATE);
                Thread.sleep(3500); // the page preloads the index when it has been open 2 s and is idle
                idle.add(firstQuery(browser, "two tower"));
                browser.open(site.resolve("index.html"));
                throttle(browser, RATE);
                double[] both = firstQueryAndSnippet(browser, "two tower");
                first.add(both[0]);
                snippets.add(both[1]);
                if (run < 5) {
                    for (String query : QUERIES) {
                        for (int i = 1; i <= query.length(); i++) keys.add(keystroke(browser, query.substring(0, i)));
                    }
                }
                throttle(browser, 1);
            }
            row("Any script from file:// (toc.js, " + kib(Files.size(site.resolve("toc.js"))) + "): the floor of loading", floor);
            row("Guidebook: first query incl. loading the index (results shown)", first);
            row("Guidebook: the same, until the first snippet is shown (texts load after the results)", snippets);
            row("Guidebook: first query typed 150 ms after focusing the box (the index loads on focus)", focused);
            row("Guidebook: first query typed 3.5 s after the page opened (the index preloads after 2 s)", idle);
            row("Guidebook: each keystroke (" + keys.size() + " keystrokes)", keys);
            if (lunr) lunr(browser, site);
        }
    }

    private static void throttle(Browser browser, int rate) {
        browser.driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", rate));
    }

    /**
     * Types {@code query} into a fresh page's search box; returns {ms until the results are in the page and
     * laid out, ms until the first result's snippet is there too}, loading of the index included.
     */
    static double[] firstQueryAndSnippet(Browser browser, String query) {
        @SuppressWarnings("unchecked")
        List<Number> ms = (List<Number>) browser.driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1], q = arguments[0];"
                        + "var input = document.getElementById('search-input'), list = document.getElementById('search-results');"
                        + "var t0 = performance.now(), t1 = 0;"
                        + "var obs = new MutationObserver(function () {"
                        + "  if (!t1 && list.children.length) { list.getBoundingClientRect(); t1 = performance.now() - t0; }"
                        + "  var snippet = list.querySelector('.search-result-snippet');"
                        + "  if (t1 && snippet && snippet.textContent) { obs.disconnect(); list.getBoundingClientRect();"
                        + "    done([t1, performance.now() - t0]); } });"
                        + "obs.observe(list, {childList: true, subtree: true, characterData: true});"
                        + "input.value = q; input.dispatchEvent(new Event('input'));", query);
        return new double[] {ms.get(0).doubleValue(), ms.get(1).doubleValue()};
    }

    static double firstQuery(Browser browser, String query) {
        return firstQueryAndSnippet(browser, query)[0];
    }

    /** ms to load one more script of the site, for comparison with the index. */
    static double loadScript(Browser browser, String file) {
        Object ms = browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1], s = document.createElement('script');"
                + "var t0 = performance.now(); s.onload = function () { done(performance.now() - t0); };"
                + "s.src = arguments[0] + '?again'; document.head.appendChild(s);", file);
        return ((Number) ms).doubleValue();
    }

    /** Focuses the box (which starts loading the index), waits 150 ms as a reader would, then types. */
    static void focusThenType(Browser browser, String query, List<Double> out) throws InterruptedException {
        browser.js("document.getElementById('search-input').focus();");
        Thread.sleep(150);
        out.add(firstQuery(browser, query));
    }

    /** One keystroke with the index loaded: ms from the input event to the results laid out. */
    static double keystroke(Browser browser, String value) {
        Object ms = browser.js("var input = document.getElementById('search-input'), list = document.getElementById('search-results');"
                + "var t0 = performance.now(); input.value = arguments[0]; input.dispatchEvent(new Event('input'));"
                + "list.getBoundingClientRect(); return performance.now() - t0;", value);
        return ((Number) ms).doubleValue();
    }

    private static void lunr(Browser browser, Path site) throws IOException {
        String lunrJs = resource("META-INF/resources/webjars/lunr/2.3.9/lunr.min.js");
        browser.open(site.resolve("index.html"));
        browser.js(lunrJs + "\n;window.lunr = lunr;");
        browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1]; guidebookSearch.load(function () { done(1); });");
        // The texts of every page, then the records as lunr documents: title (boosted) and body, as in ours.
        try (var files = Files.list(site.resolve("search"))) {
            for (Path file : files.sorted().toList()) browser.js(Files.readString(file));
        }
        browser.js("var d = window.GUIDEBOOK_SEARCH, texts = window.GUIDEBOOK_SEARCH_TEXT, page = 0;"
                + " window.lunrDocs = d.r.split('\\n').map(function (line, i) {"
                + " while (page + 1 < d.c.length && d.c[page + 1][2] <= i) page++;"
                + " return {id: String(i), title: line.split('\\t')[1], body: texts[d.c[page][0]][i - d.c[page][2]]}; });"
                + "window.buildLunr = function () { return lunr(function () { this.ref('id');"
                + " this.field('title', {boost: 10}); this.field('body');"
                + " window.lunrDocs.forEach(function (doc) { this.add(doc); }, this); }); };"
                + "window.lunrQuery = function (idx, q) { var words = q.trim().split(/\\s+/).filter(Boolean);"
                + " var last = words.length - 1; var terms = words.map(function (w, i) {"
                + "  w = w.replace(/[:~^*+-]/g, ''); return i === last ? w + '* ' + w + (w.length >= 5 ? '~1' : '')"
                + "  : w + (w.length >= 5 ? '~1' : ''); }); return idx.search(terms.join(' ')); };");
        throttle(browser, RATE);
        List<Double> build = new ArrayList<>();
        int builds = ((Number) browser.js("return window.lunrDocs.length")).intValue() > 5000 ? 1 : 3;
        for (int i = 0; i < builds; i++) {
            build.add(((Number) browser.js("var t0 = performance.now(); window.lunrIdx = buildLunr();"
                    + " lunrQuery(window.lunrIdx, 'two tower'); return performance.now() - t0;")).doubleValue());
        }
        throttle(browser, 1);
        row("lunr: build the index in the page + first query", build);
        String serialized = (String) browser.js("return JSON.stringify(window.lunrIdx);");
        byte[] bytes = serialized.getBytes(StandardCharsets.UTF_8);
        int texts = ((Number) browser.js("return JSON.stringify(window.lunrDocs.map(function (d) { return d.body; })).length;")).intValue();
        System.out.printf(Locale.ROOT, "| lunr serialized index (without the texts for snippets, %s more) | %s raw | %s gzipped |%n",
                kib(texts), kib(bytes.length), kib(gzip(bytes)));
        browser.js("window.lunrSerialized = arguments[0];", serialized);
        throttle(browser, RATE);
        List<Double> load = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            load.add(((Number) browser.js("var t0 = performance.now();"
                    + " var idx = lunr.Index.load(JSON.parse(window.lunrSerialized)); lunrQuery(idx, 'two tower');"
                    + " return performance.now() - t0;")).doubleValue());
        }
        row("lunr: load a serialized index (JSON.parse + Index.load) + first query", load);
        List<Double> keys = new ArrayList<>();
        for (String query : QUERIES) {
            for (int i = 1; i <= query.length(); i++) {
                keys.add(((Number) browser.js("var t0 = performance.now(); lunrQuery(window.lunrIdx, arguments[0]);"
                        + " return performance.now() - t0;", query.substring(0, i))).doubleValue());
            }
        }
        throttle(browser, 1);
        row("lunr: each keystroke, query only (" + keys.size() + " keystrokes)", keys);
    }

    private static void row(String what, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        double min = sorted.get(0);
        double median = sorted.get(sorted.size() / 2);
        double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
        System.out.printf(Locale.ROOT, "| %s | min %.1f ms | median %.1f ms | p95 %.1f ms |%n", what, min, median, p95);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SearchBenchmark.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing on the class path: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static int gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.size();
    }

    static String kib(long bytes) {
        return String.format(Locale.ROOT, "%.0f KiB", bytes / 1024.0);
    }
}
