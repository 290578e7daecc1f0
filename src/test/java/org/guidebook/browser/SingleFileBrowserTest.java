package org.guidebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.guidebook.support.BuiltFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The single file opened from {@code file://} in headless Chromium, alone in a folder: it makes no request
 * (every request is blocked and counted), its in-page navigation, light/dark toggle and print layout work.
 */
class SingleFileBrowserTest {
    @TempDir
    static Path temp;
    static Path file;

    @BeforeAll
    static void copyAlone() throws Exception {
        Browser.requireBrowser();
        // Alone in its folder, as when opened from an e-mail attachment: nothing beside it to load.
        file = temp.resolve("guide.html");
        Files.copy(BuiltFixture.output(null).resolve("downloads/fixture-guide.html"), file);
    }

    /**
     * Every request the page starts is counted from the browser's DevTools events. Every one is also blocked:
     * a proxy on a closed port and a resolver that resolves nothing make any network request fail, and the
     * file is alone in its folder, so a request for a file beside it fails too. Only the document may load.
     */
    @Test
    void opensWithoutASingleRequest() throws Exception {
        String page = file.toUri().toString();
        try (Browser browser = Browser.start(1280, 900, List.of("--proxy-server=http://127.0.0.1:9",
                "--host-resolver-rules=MAP * ~NOTFOUND"))) {
            browser.driver.get("about:blank");
            browser.requests(); // forget the browser's own start page
            browser.driver.get(page);
            browser.driver.findElement(By.cssSelector("#theme-toggle")).click();
            browser.driver.findElement(By.cssSelector("figure.diagram .diagram-frame")).click();
            browser.js("window.scrollTo(0, document.body.scrollHeight);");
            Thread.sleep(500); // let any late request (lazy image, font, prefetch) show up
            List<String> requests = browser.requests();
            assertTrue(requests.contains(page), "the log saw the document itself: " + requests);
            assertEquals(List.of(), requests.stream().filter(u -> !u.equals(page) && !u.startsWith("data:")).toList(),
                    "requests besides the document");
            assertEquals(0L, browser.js("return performance.getEntriesByType('resource').length;"));
        }
    }

    @Test
    void themeToggleSwitchesBetweenLightAndDark() {
        try (Browser browser = Browser.start(1280, 900)) {
            browser.colorScheme("light");
            browser.open(file);
            String light = (String) browser.js("return getComputedStyle(document.body).backgroundColor;");
            browser.driver.findElement(By.cssSelector("#theme-toggle")).click();
            assertEquals("dark", browser.js("return document.documentElement.getAttribute('data-theme');"));
            String dark = (String) browser.js("return getComputedStyle(document.body).backgroundColor;");
            assertNotEquals(light, dark);
            assertEquals("rgb(20, 23, 28)", dark);
            browser.driver.findElement(By.cssSelector("#theme-toggle")).click();
            assertEquals(light, browser.js("return getComputedStyle(document.body).backgroundColor;"));
        }
    }

    @Test
    void contentsNextAndBackToTopMoveWithinThePage() {
        try (Browser browser = Browser.start(1280, 900)) {
            browser.open(file);
            browser.driver.findElement(By.cssSelector("nav#contents a[href='#metrics']")).click();
            assertEquals("#metrics", browser.js("return location.hash;"));
            assertTrue(((Number) browser.js("return document.getElementById('metrics').getBoundingClientRect().top;")).doubleValue() < 120,
                    "the chapter is at the top of the window");
            browser.driver.findElement(By.cssSelector("#metrics .pager a[rel=next]")).click();
            assertEquals("#case", browser.js("return location.hash;"));
            browser.driver.findElement(By.cssSelector("#case .pager a.pager-top")).click();
            assertEquals("#top", browser.js("return location.hash;"));
            assertTrue(browser.driver.getCurrentUrl().startsWith(file.toUri().toString()), "still the same file");
        }
    }

    @Test
    void printingStartsEachChapterOnANewPageWithoutNavigation() {
        try (Browser browser = Browser.start(1280, 900)) {
            browser.open(file);
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertEquals(List.of("page", "page", "page", "page", "page", "page"), browser.js(
                    "return Array.from(document.querySelectorAll('article.print-chapter')).map(a => getComputedStyle(a).breakBefore);"));
            assertEquals("none", browser.js("return getComputedStyle(document.querySelector('.topbar')).display;"));
            assertEquals("none", browser.js("return getComputedStyle(document.querySelector('.pager')).display;"));
        }
    }
}
