package org.guidebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.guidebook.support.FixtureRepo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core ({@link Axe#VERSION}, from npm) in real Chromium on the home, chapter, print, glossary, A–Z, search and cheat-sheet pages and the single
 * file, light and dark, phone and desktop, and with the search results and a glossary popover open.
 */
class AccessibilityTest {
    @TempDir
    static Path temp;
    static Path fixtureSite;
    static Path realSite;

    @BeforeAll
    static void build() {
        Browser.requireBrowser();
        fixtureSite = temp.resolve("fixture");
        assertEquals(0, FixtureRepo.of(temp, null).run("build", "--out", fixtureSite.toString()).exitCode());
        realSite = temp.resolve("real");
        FixtureRepo.Run real = FixtureRepo.copyOf(temp, FixtureRepo.PROJECT).run("build", "--no-cache", "--out", realSite.toString());
        assertEquals(0, real.exitCode(), real.err());
    }

    /**
     * Every page type — home, chapter, case study, glossary, A–Z, search, cheat sheet and their index, single file,
     * 404, print — in light and dark, on a phone and a desktop: one browser per page, resized in place.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "fixture, index.html", "fixture, intro.html", "fixture, metrics.html", "fixture, print.html",
            "fixture, downloads/fixture-guide.html", "fixture, glossary.html", "fixture, a-z.html",
            "fixture, search.html", "fixture, 404.html", "fixture, cheatsheets/case.html", "fixture, cheatsheets/index.html",
            "real, index.html", "real, offline-evaluation.html", "real, visual-search.html",
            "real, cheatsheets/ad-click-prediction.html"})
    void noAxeViolations(String guide, String page) {
        List<String> failures = new ArrayList<>();
        try (Browser browser = Browser.start(1280, 800)) {
            for (int width : new int[] {1280, 360}) {
                browser.resize(width, 800);
                for (String scheme : new String[] {"light", "dark"}) {
                    browser.colorScheme(scheme);
                    browser.open((guide.equals("real") ? realSite : fixtureSite).resolve(page));
                    String report = Axe.violations(browser.driver);
                    if (!report.isEmpty()) failures.add(guide + " " + page + " " + scheme + " " + width + "px:\n" + report);
                }
            }
        }
        assertEquals("", String.join("\n", failures));
    }

    /**
     * The search box with live results open, and a glossary popover open, at phone and desktop widths, on a
     * chapter page and in the single file.
     */
    @ParameterizedTest(name = "open search and popover {0} {1} {2}px")
    @CsvSource({"metrics.html, light, 1280", "metrics.html, dark, 1280", "metrics.html, light, 390", "metrics.html, dark, 390",
            "downloads/fixture-guide.html, light, 1280", "downloads/fixture-guide.html, dark, 390"})
    void noAxeViolationsWithSearchResultsAndAPopoverOpen(String page, String scheme, int width) {
        try (Browser browser = Browser.start(width, 800)) {
            browser.colorScheme(scheme);
            browser.open(fixtureSite.resolve(page));
            if (width < 600) browser.driver.findElement(By.id("search-open")).click();
            browser.driver.findElement(By.id("search-input")).sendKeys("metrics");
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                    d.findElements(By.cssSelector("#search-results [role=option]")).size() > 1);
            browser.driver.findElement(By.id("search-input")).sendKeys(Keys.ARROW_DOWN);
            assertNoViolations(browser, "search results " + page + " " + scheme + " " + width);
            browser.open(fixtureSite.resolve(page));
            browser.driver.findElement(By.cssSelector("a.term")).click();
            assertNoViolations(browser, "popover " + page + " " + scheme + " " + width);
        }
    }

    private static void assertNoViolations(Browser browser, String what) {
        Axe.assertNoViolations(browser.driver, what);
    }
}
