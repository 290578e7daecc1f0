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
 * axe-core in real Chromium on the home, chapter, print, glossary, A–Z and search pages, light and dark, phone
 * and desktop, and with the search results and a glossary popover open.
 */
class AccessibilityTest {
    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() {
        Browser.requireBrowser();
        site = temp.resolve("site");
        assertEquals(0, FixtureRepo.of(temp, null).run("build", "--out", site.toString()).exitCode());
    }

    @ParameterizedTest(name = "{0} {1} {2}px")
    @CsvSource({
            "index.html, light, 1280", "index.html, dark, 1280",
            "intro.html, light, 1280", "intro.html, dark, 1280",
            "intro.html, light, 360", "intro.html, dark, 360",
            "metrics.html, dark, 1280", "print.html, light, 1280",
            "glossary.html, light, 1280", "glossary.html, dark, 360", "a-z.html, light, 1280", "a-z.html, dark, 360",
            "search.html, light, 360", "search.html, dark, 1280"})
    void noAxeViolations(String page, String scheme, int width) {
        try (Browser browser = Browser.start(width, 800)) {
            browser.colorScheme(scheme);
            browser.open(site.resolve(page));
            assertNoViolations(browser, page + " " + scheme);
        }
    }

    /** The search box with live results open, and a glossary popover open, at phone and desktop widths. */
    @ParameterizedTest(name = "open search and popover {0} {1}px")
    @CsvSource({"light, 1280", "dark, 1280", "light, 390", "dark, 390"})
    void noAxeViolationsWithSearchResultsAndAPopoverOpen(String scheme, int width) {
        try (Browser browser = Browser.start(width, 800)) {
            browser.colorScheme(scheme);
            browser.open(site.resolve("metrics.html"));
            if (width < 600) browser.driver.findElement(By.id("search-open")).click();
            browser.driver.findElement(By.id("search-input")).sendKeys("metrics");
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                    d.findElements(By.cssSelector("#search-results [role=option]")).size() > 1);
            browser.driver.findElement(By.id("search-input")).sendKeys(Keys.ARROW_DOWN);
            assertNoViolations(browser, "search results " + scheme + " " + width);
            browser.open(site.resolve("metrics.html"));
            browser.driver.findElement(By.cssSelector("a.term")).click();
            assertNoViolations(browser, "popover " + scheme + " " + width);
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
