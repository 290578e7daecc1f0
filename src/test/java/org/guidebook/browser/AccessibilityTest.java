package org.guidebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
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
 * axe-core in real Chromium on the home, chapter, print, glossary, A–Z, search and cheat-sheet pages and the single
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

    @ParameterizedTest(name = "{0} {1} {2} {3}px")
    @CsvSource({
            "fixture, index.html, light, 1280", "fixture, index.html, dark, 1280",
            "fixture, intro.html, light, 1280", "fixture, intro.html, dark, 1280",
            "fixture, intro.html, light, 360", "fixture, intro.html, dark, 360",
            "fixture, metrics.html, dark, 1280", "fixture, print.html, light, 1280",
            "fixture, downloads/fixture-guide.html, light, 1280", "fixture, downloads/fixture-guide.html, dark, 360",
            "fixture, glossary.html, light, 1280", "fixture, glossary.html, dark, 360",
            "fixture, a-z.html, light, 1280", "fixture, a-z.html, dark, 360",
            "fixture, search.html, light, 360", "fixture, search.html, dark, 1280",
            "fixture, cheatsheets/case.html, light, 1280", "fixture, cheatsheets/case.html, dark, 360",
            "fixture, cheatsheets/index.html, light, 1280", "real, cheatsheets/ad-click-prediction.html, light, 360",
            "real, index.html, light, 360", "real, index.html, dark, 1280",
            "real, offline-evaluation.html, light, 1280", "real, offline-evaluation.html, dark, 360",
            "real, visual-search.html, dark, 1280", "real, visual-search.html, light, 360"})
    void noAxeViolations(String guide, String page, String scheme, int width) {
        try (Browser browser = Browser.start(width, 800)) {
            browser.colorScheme(scheme);
            browser.open((guide.equals("real") ? realSite : fixtureSite).resolve(page));
            assertNoViolations(browser, guide + " " + page + " " + scheme);
        }
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
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(browser.driver);
        String report = results.getViolations().stream().map(AccessibilityTest::describe).collect(Collectors.joining("\n"));
        assertTrue(results.getViolations().isEmpty(), what + ":\n" + report);
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }
}
