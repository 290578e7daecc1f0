package org.guidebook.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;

/**
 * axe-core at a pinned version newer than the one the Maven wrapper bundles (4.11): the npm package, installed by
 * {@code .ci/run} into the git-ignored {@code .test-tools/} folder, read from there and injected through the
 * wrapper. No Maven artifact carries axe-core 4.14. When it is missing a test fails under {@code CI=true} and is
 * skipped elsewhere, saying how to install it.
 */
final class Axe {
    /** The axe-core version the accessibility tests run; {@code .ci/run} installs the same. */
    static final String VERSION = "4.14.1";
    static final Path DIR = Path.of(".test-tools/node_modules/axe-core").toAbsolutePath();
    private static String script;

    private Axe() {
    }

    /** The pinned axe.min.js, checked to be that version. */
    static synchronized String script() {
        if (script != null) return script;
        Path min = DIR.resolve("axe.min.js");
        String message = "accessibility test needs axe-core " + VERSION + " from npm in " + DIR
                + ": npm install --no-save --no-package-lock --prefix .test-tools axe-core@" + VERSION;
        if (!Files.isRegularFile(min)) {
            if ("true".equals(System.getenv("CI"))) Assertions.fail("CI=true and " + message);
            System.err.println("SKIPPED: " + message);
            Assumptions.abort("SKIPPED: " + message);
        }
        try {
            String pkg = Files.readString(DIR.resolve("package.json"), StandardCharsets.UTF_8);
            Assertions.assertTrue(pkg.contains("\"version\": \"" + VERSION + "\""), "wrong axe-core in " + DIR + "; " + message);
            script = Files.readString(min, StandardCharsets.UTF_8);
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the WCAG 2.x A/AA and best-practice rules on the open page. */
    static Results analyze(WebDriver driver) {
        String js = script();
        Results results = new AxeBuilder().setAxeScriptProvider(() -> js).setTimeout(120)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(driver);
        Assertions.assertFalse(results.isErrored(), () -> "axe did not finish: " + results.getErrorMessage());
        Assertions.assertEquals(VERSION, results.getTestEngine().getVersion(), "the pinned axe-core ran");
        return results;
    }

    /** Every violation on the open page, a line each with its rule, impact and first elements; "" for none. */
    static String violations(WebDriver driver) {
        return analyze(driver).getViolations().stream().map(Axe::describe).collect(Collectors.joining("\n"));
    }

    /** Fails with every violation's rule, impact and first elements. */
    static void assertNoViolations(WebDriver driver, String what) {
        String report = violations(driver);
        Assertions.assertTrue(report.isEmpty(), what + ":\n" + report);
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }
}
