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

/** axe-core in real Chromium on the home page and a chapter page, light and dark, phone and desktop. */
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
            "real, index.html, light, 360", "real, index.html, dark, 1280",
            "real, offline-evaluation.html, light, 1280", "real, offline-evaluation.html, dark, 360",
            "real, visual-search.html, dark, 1280", "real, visual-search.html, light, 360"})
    void noAxeViolations(String guide, String page, String scheme, int width) {
        try (Browser browser = Browser.start(width, 800)) {
            browser.colorScheme(scheme);
            browser.open((guide.equals("real") ? realSite : fixtureSite).resolve(page));
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
