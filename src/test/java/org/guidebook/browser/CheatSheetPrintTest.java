package org.guidebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.guidebook.support.FixtureRepo;
import org.guidebook.support.PdfPages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Prints every cheat sheet of the real guide from its HTML page with headless Chromium, on A4 and on US
 * Letter, as a reader would from a browser: each sheet must come out as exactly one page, with nothing
 * clipped, with its body text at 8 pt or more, and with headroom — the ink within 95 % of the page area — since
 * the reader's fonts may be wider than the ones the build measured with.
 *
 * <p>The page declares no {@code @page} size, only margins: the reader's paper wins. That is the only
 * choice that works everywhere (phone browsers ignore a CSS page size), so the sheet is laid out for the
 * area common to A4 and Letter, and the test prints on each paper both ways: the paper size given to
 * Chromium, and the CSS size preferred — which, as the page names none, must give the same paper.
 */
class CheatSheetPrintTest {
    /** Paper sizes in millimetres. */
    enum Paper {
        A4(210, 297), LETTER(215.9, 279.4);
        final double width;
        final double height;

        Paper(double width, double height) {
            this.width = width;
            this.height = height;
        }
    }

    static final double MARGIN_MM = 10;

    @TempDir
    static Path temp;
    static Path site;
    static Browser browser;
    static List<String> sheets;

    @BeforeAll
    static void buildAndStart() throws IOException {
        Browser.requireBrowser();
        FixtureRepo repo = FixtureRepo.copyOf(temp, FixtureRepo.PROJECT);
        site = temp.resolve("site");
        FixtureRepo.Run run = repo.run("build", "--no-cache", "--out", site.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (Stream<Path> files = Files.list(site.resolve("cheatsheets"))) {
            sheets = files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("index.html")).sorted().toList();
        }
        browser = Browser.start(1200, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    static Stream<Arguments> sheetsOnPaper() {
        List<Arguments> cases = new ArrayList<>();
        for (String sheet : sheets) for (Paper paper : Paper.values()) cases.add(Arguments.of(sheet, paper));
        return cases.stream();
    }

    @Test
    void everyCaseStudyAndTheFrameworkHaveASheet() {
        assertTrue(sheets.contains("interview-framework.html"), sheets.toString());
        assertTrue(sheets.size() >= 16, "sheets: " + sheets);
    }

    /** Print styles, then: every text outside the diagrams at 8 pt or more, diagram text at 6 pt or more. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sheetNames")
    void printedTypeIsNeverBelowEightPoints(String sheet) {
        browser.open(site.resolve("cheatsheets").resolve(sheet));
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            @SuppressWarnings("unchecked")
            List<String> tooSmall = (List<String>) browser.js(
                    "const px = pt => pt * 96 / 72, out = [];"
                    + "for (const e of document.querySelectorAll('.sheet *')) {"
                    + "  if (e.closest('svg')) continue;"
                    + "  const own = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());"
                    + "  const size = parseFloat(getComputedStyle(e).fontSize);"
                    + "  if (own && size < px(8) - 0.01) out.push(e.tagName + ' ' + size + 'px: ' + e.textContent.trim().slice(0, 40));"
                    + "}"
                    + "for (const svg of document.querySelectorAll('.sheet svg')) {"
                    + "  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;"
                    + "  for (const t of svg.querySelectorAll('text')) {"
                    + "    const size = parseFloat(getComputedStyle(t).fontSize) * scale;"
                    + "    if (size < px(6) - 0.01) out.push('diagram text ' + size.toFixed(2) + 'px: ' + t.textContent);"
                    + "  }"
                    + "}"
                    + "return out;");
            assertEquals(List.of(), tooSmall, sheet);
        } finally {
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    static Stream<String> sheetNames() {
        return sheets.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("sheetsOnPaper")
    void printsOnExactlyOnePageWithHeadroom(String sheet, Paper paper) {
        browser.open(site.resolve("cheatsheets").resolve(sheet));
        String title = (String) browser.js("return document.querySelector('.sheet-title').textContent");
        // Every word of the sheet (diagrams aside) must reach the paper.
        String words = (String) browser.js("const w = document.createTreeWalker(document.querySelector('.sheet'), NodeFilter.SHOW_TEXT);"
                + "const out = []; while (w.nextNode()) if (!w.currentNode.parentElement.closest('svg')) out.push(w.currentNode.textContent);"
                + "return out.join(' ');");
        for (boolean preferCss : new boolean[] {false, true}) {
            try (PdfPages pdf = PdfPages.of(browser.printToPdf(paper.width, paper.height, preferCss))) {
                String label = sheet + " on " + paper + (preferCss ? " (CSS page size preferred)" : "");
                assertEquals(1, pdf.count(), label + ": pages");
                double[] size = pdf.sizeMm(0);
                assertEquals(paper.width, size[0], 0.5, label + ": the reader's paper wins (width)");
                assertEquals(paper.height, size[1], 0.5, label + ": the reader's paper wins (height)");
                double[] ink = pdf.inkBoxMm(0);
                assertNotNull(ink, label + ": blank page");
                double areaWidth = paper.width - 2 * MARGIN_MM;
                double areaHeight = paper.height - 2 * MARGIN_MM;
                assertTrue(ink[0] >= MARGIN_MM - 0.5 && ink[2] <= paper.width - MARGIN_MM + 0.5,
                        label + ": ink stays within the page area horizontally: " + ink[0] + "–" + ink[2] + " mm");
                assertTrue(ink[1] >= MARGIN_MM - 0.5, label + ": ink starts below the top margin: " + ink[1]);
                double used = (ink[3] - MARGIN_MM) / areaHeight;
                assertTrue(used <= 0.95, String.format(java.util.Locale.ROOT,
                        "%s: content takes %.1f %% of the page area's height, more than 95 %%", label, used * 100));
                assertTrue(ink[2] - ink[0] <= areaWidth + 0.5, label + ": width");
                // Lines may break at spaces and after a word's own hyphen ("per-|modality"): join them as read.
                String printed = pdf.text(0).replaceAll("\\s+", " ").replaceAll("(\\p{L})- (\\p{L})", "$1-$2");
                assertTrue(printed.contains(title.strip().replaceAll("\\s+", " ")), label + ": the sheet's title is printed");
                for (String word : words.strip().split("\\s+")) {
                    assertTrue(printed.contains(word), label + ": \"" + word + "\" is missing from the printed page");
                }
            }
        }
    }
}
