package org.guidebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guidebook.support.FixtureRepo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The installable offline site in headless Chromium, served over http on 127.0.0.1 under a sub-path: the
 * worker installs and takes control, a page never visited opens with the server gone and the browser offline,
 * a new build is offered with "New version available — Reload" and replaces the cache, Chromium finds the site
 * installable, and from {@code file://} nothing registers and the console stays clean.
 */
class OfflineAppTest {
    @TempDir
    static Path temp;
    static FixtureRepo repo;
    static Path first;

    @BeforeAll
    static void build() {
        Browser.requireBrowser();
        repo = FixtureRepo.of(temp, null);
        first = temp.resolve("first");
        FixtureRepo.Run run = repo.run("build", "--out", first.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aPageNeverVisitedOpensOfflineAfterInstall() {
        try (SiteServer server = new SiteServer(first); Browser browser = Browser.start(1280, 800)) {
            browser.driver.get(server.url("index.html"));
            waitUntilControlled(browser);
            assertEquals(List.of(cacheName(server, first)), cacheNames(browser), "one cache, named by this build");

            server.stop();
            offline(browser);
            browser.driver.get(server.url("metrics.html"));
            assertEquals("Metrics", browser.driver.findElement(By.cssSelector("main h1")).getText());
            assertTrue(browser.driver.findElements(By.cssSelector("figure.diagram svg")).size() > 0, "its diagram is there");
            assertEquals("complete", browser.js("return document.readyState;"));
            assertTrue((Boolean) browser.js("return window.getComputedStyle(document.body).fontFamily.length > 0"
                    + " && !!document.querySelector('#sidebar a[aria-current=page]');"), "the contents from toc.js");

            browser.driver.get(server.url("search.html?q=latency"));
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                    d.findElements(By.cssSelector("#search-page-results li, .search-page-results li")).size() > 0);
            browser.driver.get(server.url("cheatsheets/"));
            assertEquals("Cheat sheets", browser.driver.findElement(By.cssSelector("main h1")).getText(),
                    "a folder's address opens its index.html");
        }
    }

    @Test
    void aNewBuildIsOfferedAndReplacesTheCache() throws Exception {
        Path second = temp.resolve("second");
        FixtureRepo changed = FixtureRepo.of(temp, null);
        Path intro = changed.path("guide/part-a/intro.md");
        Files.writeString(intro, Files.readString(intro).replace("Welcome.", "Welcome to the second edition."));
        assertEquals(0, changed.run("build", "--out", second.toString()).exitCode());
        assertFalse(version(first).equals(version(second)), "a changed chapter gives a new cache name");

        String shots = System.getProperty("guidebook.screenshots");
        for (int width : shots == null ? new int[] {1280} : new int[] {390, 1280}) {
            try (SiteServer server = new SiteServer(first); Browser browser = Browser.start(width, width < 600 ? 844 : 800)) {
                String oldCache = cacheName(server, first);
                String newCache = cacheName(server, second);
                browser.driver.get(server.url("intro.html"));
                waitUntilControlled(browser);
                assertTrue(browser.driver.findElements(By.id("update-prompt")).isEmpty(), "no prompt on a first install");

                server.deploy(second);
                browser.driver.get(server.url("metrics.html"));
                WebElement prompt = new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                        .until(d -> d.findElements(By.cssSelector("#update-prompt")).stream().findFirst().orElse(null));
                assertEquals("New version available — Reload",
                        browser.js("return arguments[0].textContent.replace(/\\s+/g, ' ').trim();", prompt));
                assertTrue(prompt.isDisplayed());
                assertEquals(List.of(newCache, oldCache).stream().sorted().toList(), cacheNames(browser).stream().sorted().toList(),
                        "the new build's cache is filled while the old one still serves");
                assertTrue(browser.driver.findElement(By.cssSelector("main")).getText().contains("Metrics"));
                if (shots != null) {
                    Files.write(Path.of(shots).resolve("update-prompt-" + (width < 600 ? "phone" : "desktop") + ".png"),
                            browser.driver.getScreenshotAs(OutputType.BYTES));
                }

                prompt.findElement(By.tagName("button")).click();
                new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d ->
                        d.findElements(By.id("update-prompt")).isEmpty() && cacheNames(browser).equals(List.of(newCache)));
                browser.driver.get(server.url("intro.html"));
                assertTrue(browser.driver.findElement(By.cssSelector("main")).getText().contains("Welcome to the second edition."),
                        "the reloaded site is the new build");
            }
        }
    }

    /** What Chromium itself checks before it offers to install: the parsed manifest and its installability errors. */
    @Test
    void chromiumFindsTheSiteInstallable() {
        try (SiteServer server = new SiteServer(first); Browser browser = Browser.start(1280, 800)) {
            browser.driver.get(server.url("metrics.html"));
            waitUntilControlled(browser);
            assertEquals(1L, browser.js("return document.querySelectorAll('link[rel=manifest]').length;"));
            Map<String, Object> manifest = browser.driver.executeCdpCommand("Page.getAppManifest", Map.of());
            assertEquals(server.url("manifest.webmanifest"), manifest.get("url"));
            assertEquals(List.of(), manifest.get("errors"), "the manifest parses without errors");
            Map<String, Object> installability = browser.driver.executeCdpCommand("Page.getInstallabilityErrors", Map.of());
            assertEquals(List.of(), installability.get("installabilityErrors"));
        }
    }

    @Test
    void fromFileNothingRegistersAndTheConsoleIsClean() {
        try (Browser browser = Browser.start(1280, 800)) {
            // Counts calls to register() from before the page's own scripts run.
            browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.__registers = 0; if (navigator.serviceWorker) { var r = navigator.serviceWorker.register;"
                            + " navigator.serviceWorker.register = function () { window.__registers++;"
                            + " return r.apply(navigator.serviceWorker, arguments); }; }"));
            for (String page : List.of("index.html", "metrics.html", "cheatsheets/index.html")) {
                browser.open(first.resolve(page));
                assertEquals(0L, browser.js("return window.__registers;"), page + ": no service worker registered");
                assertEquals(Boolean.FALSE, browser.js("return !!document.querySelector('link[rel=manifest]');"),
                        page + ": no manifest link, which file:// would refuse");
            }
            List<LogEntry> errors = browser.driver.manage().logs().get("browser").getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
            assertEquals(List.of(), errors.stream().map(LogEntry::getMessage).toList(), "no console error or warning");
        }
    }

    private static void waitUntilControlled(Browser browser) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(browser.js(
                "return !!navigator.serviceWorker.controller && navigator.serviceWorker.controller.state === 'activated';")));
    }

    @SuppressWarnings("unchecked")
    private static List<String> cacheNames(Browser browser) {
        return (List<String>) browser.driver.executeAsyncScript("var done = arguments[0]; caches.keys().then(done);");
    }

    private static final Pattern VERSION = Pattern.compile("var VERSION = '([0-9a-f]{16})';");

    /** The cache a build's worker fills: its scope and the version the build wrote into {@code sw.js}. */
    private static String cacheName(SiteServer server, Path site) {
        return "guidebook " + server.url("") + " " + version(site);
    }

    private static String version(Path site) {
        try {
            Matcher m = VERSION.matcher(Files.readString(site.resolve("sw.js")));
            assertTrue(m.find(), "sw.js names its version");
            return m.group(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void offline(Browser browser) {
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }
}
