package org.guidebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.guidebook.support.FixtureRepo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** axe-core in real Chromium on the home page, chapter pages and cheat-sheet pages, light and dark, phone and desktop. */
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
            "cheatsheets/case.html, light, 1280", "cheatsheets/case.html, dark, 360",
            "cheatsheets/index.html, light, 1280"})
    void noAxeViolations(String page, String scheme, int width) {
        try (Browser browser = Browser.start(width, 800)) {
            browser.colorScheme(scheme);
            browser.open(site.resolve(page));
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                    .analyze(browser.driver);
            String report = results.getViolations().stream().map(AccessibilityTest::describe).collect(Collectors.joining("\n"));
            assertTrue(results.getViolations().isEmpty(), page + " " + scheme + ":\n" + report);
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }
}
