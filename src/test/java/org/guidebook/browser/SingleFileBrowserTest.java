package org.guidebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.guidebook.support.BuiltFixture;
import org.guidebook.support.RealGuide;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The single file opened from {@code file://} in headless Chromium, alone in a folder: it makes no request
 * (every request is blocked and counted), its in-page navigation, light/dark toggle and print layout work,
 * and so do the search box (index inline, snippets read from the page) and the glossary popovers (definitions
 * read from the glossary appendix).
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
        try (Browser browser = offline()) {
            browser.driver.findElement(By.cssSelector("#theme-toggle")).click();
            browser.driver.findElement(By.cssSelector("figure.diagram .diagram-frame")).click();
            browser.js("window.scrollTo(0, document.body.scrollHeight);");
            assertOnlyTheDocumentWasRequested(browser);
        }
    }

    /** A browser where every request is blocked and counted, with the file open (see {@link #opensWithoutASingleRequest}). */
    /** The real guide's single file, alone in a folder (written once for the tests that need it). */
    private static synchronized Path realGuideAlone() throws java.io.IOException {
        Path real = temp.resolve("real/guide.html");
        if (!Files.exists(real)) {
            Files.createDirectories(real.getParent());
            Files.write(real, RealGuide.bytes("downloads/" + RealGuide.result().book().meta().name() + ".html"));
        }
        return real;
    }

    private static Browser offline() {
        Browser browser = Browser.start(1280, 900, List.of("--proxy-server=http://127.0.0.1:9",
                "--host-resolver-rules=MAP * ~NOTFOUND"));
        browser.driver.get("about:blank");
        browser.requests(); // forget the browser's own start page
        browser.driver.get(file.toUri().toString());
        return browser;
    }

    private static void assertOnlyTheDocumentWasRequested(Browser browser) throws InterruptedException {
        String page = file.toUri().toString();
        Thread.sleep(500); // let any late request (lazy image, font, prefetch, a script of the search) show up
        List<String> requests = browser.requests();
        assertTrue(requests.contains(page), "the log saw the document itself: " + requests);
        assertEquals(List.of(), requests.stream().filter(u -> !u.equals(page) && !u.startsWith("data:")).toList(),
                "requests besides the document");
        assertEquals(0L, browser.js("return performance.getEntriesByType('resource').length;"));
        assertEquals(0L, browser.js("return document.querySelectorAll('script[src], link[href]').length;"), "nothing was added to load");
        assertTrue(browser.driver.getCurrentUrl().startsWith(page), "still the same file: " + browser.driver.getCurrentUrl());
    }

    private static List<WebElement> type(Browser browser, String query) {
        WebElement input = browser.driver.findElement(By.id("search-input"));
        input.clear();
        input.sendKeys(query);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                !d.findElements(By.cssSelector("#search-results [role=option]")).isEmpty());
        return browser.driver.findElements(By.cssSelector("#search-results [role=option]"));
    }

    private static String text(WebElement result, String part) {
        return result.findElement(By.className("search-result-" + part)).getText();
    }

    /** The top result's snippet once it is filled in, as text; fails unless a matched word in it is marked. */
    private static String markedSnippet(Browser browser, WebElement result, String marked) {
        WebElement snippet = result.findElement(By.className("search-result-snippet"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> !snippet.getText().isEmpty());
        List<String> marks = snippet.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
        assertTrue(marks.contains(marked), "\"" + marked + "\" is marked in the snippet: " + snippet.getText() + " " + marks);
        return snippet.getText();
    }

    @Test
    void searchFindsASectionShowsItsTextAndEnterGoesThere() throws Exception {
        try (Browser browser = offline()) {
            new Actions(browser.driver).sendKeys("/").perform();
            assertEquals("search-input", browser.js("return document.activeElement.id"), "/ focuses the box");
            List<WebElement> results = type(browser, "turkish");
            WebElement top = results.get(0);
            assertEquals("Istanbul Index", text(top, "title"));
            assertEquals("Introduction \u203a Why it matters", text(top, "where"));
            assertEquals("#intro--custom-id", top.getAttribute("href").replaceFirst("^[^#]*", ""), "an in-page anchor");
            assertEquals("H3", browser.js("return document.getElementById('intro--custom-id').tagName"), "that exists");
            assertEquals("Turkish locale must not change this slug.", markedSnippet(browser, top, "Turkish"),
                    "the section's text, read from the page");
            assertTrue(browser.driver.findElements(By.cssSelector("#search-more, #search-panel a[href*='search.html']")).isEmpty(),
                    "no link to a search page the file does not have");

            WebElement input = browser.driver.findElement(By.id("search-input"));
            input.sendKeys(Keys.ARROW_DOWN);
            assertEquals(top.getAttribute("id"), input.getAttribute("aria-activedescendant"));
            input.sendKeys(Keys.ENTER);
            assertEquals("#intro--custom-id", browser.js("return location.hash"), "Enter goes to the picked result");
            assertEquals("false", input.getAttribute("aria-expanded"), "and closes the results");

            // Enter with no result picked: the form goes nowhere (no search page), the top result opens.
            results = type(browser, "log-odds");
            assertEquals("logistic regression", text(results.get(0), "title"), "a glossary entry");
            assertEquals("Glossary", text(results.get(0), "where"));
            assertEquals("A linear model of the log-odds of a binary label.", markedSnippet(browser, results.get(0), "odds"));
            browser.driver.findElement(By.id("search-input")).sendKeys(Keys.ENTER);
            new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d ->
                    "#glossary--logistic-regression".equals(browser.js("return location.hash")));
            assertEquals("DT", browser.js("return document.querySelector(':target').tagName"));

            input.sendKeys(Keys.ESCAPE);
            assertOnlyTheDocumentWasRequested(browser);
        }
    }

    @Test
    void everySearchRecordLinksToAnAnchorInTheFile() {
        try (Browser browser = Browser.start(1280, 900)) {
            browser.open(file);
            browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1]; guidebookSearch.load(function () { done(1); });");
            @SuppressWarnings("unchecked")
            List<String> missing = (List<String>) browser.js("return guidebookSearch.urls().filter(function (u) {"
                    + " return u.charAt(0) !== '#' || !document.getElementById(u.slice(1)); });");
            assertEquals(List.of(), missing);
            assertTrue(((Number) browser.js("return guidebookSearch.urls().length")).intValue() >= 15);
        }
    }

    /**
     * The snippet texts the single file reads from its own page are the texts the site's {@code search/<page>.js}
     * files carry, for every record of the real guide (chapters with tables, callouts, diagrams, collapsed
     * answers, footnotes; the glossary): equal after spacing, except that a chapter's opening has no summary
     * on the page (and the prompt is shown after a label), so the page's text ends the index's.
     */
    @Test
    void theTextsReadFromThePageAreTheIndexTextsOfTheRealGuide() throws Exception {
        try (Browser browser = Browser.start(1280, 900)) {
            browser.open(realGuideAlone());
            browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1]; guidebookSearch.load(function () { done(1); });");
            @SuppressWarnings("unchecked")
            List<String> pages = (List<String>) browser.js("return GUIDEBOOK_SEARCH.c.map(function (c) { return c[0]; });");
            assertTrue(pages.size() > 30, pages.toString());
            int records = 0;
            for (int i = 0; i < pages.size(); i++) {
                // The site's texts of this page, for comparison (in the test only: the file itself has none).
                browser.js(RealGuide.text(org.guidebook.render.SearchIndexScript.textFile(pages.get(i))));
                @SuppressWarnings("unchecked")
                List<String> differences = (List<String>) browser.driver.executeAsyncScript(
                        "var done = arguments[arguments.length - 1], i = arguments[0];"
                                + "guidebookSearch.texts(i, function (texts) {"
                                + "  var page = GUIDEBOOK_SEARCH.c[i][0], site = GUIDEBOOK_SEARCH_TEXT[page], out = [];"
                                + "  var first = GUIDEBOOK_SEARCH.c[i][2], lines = GUIDEBOOK_SEARCH.r.split('\\n');"
                                + "  var norm = function (t) { return t.replace(/\\s+/g, ' ').trim(); };"
                                + "  if (texts.length !== site.length) out.push(page + ': ' + texts.length + ' texts, not ' + site.length);"
                                + "  site.forEach(function (want, k) {"
                                + "    var got = norm(texts[k] || ''), level = +lines[first + k].split('\\t')[2];"
                                + "    var ok = level === 1 ? got.length > 0 && norm(want).endsWith(got) : got === norm(want);"
                                + "    if (!ok) out.push(page + ' #' + k + ':\\n  page:  ' + got + '\\n  index: ' + want);"
                                + "  });"
                                + "  done(out); });", i);
                assertEquals(List.of(), differences, pages.get(i));
                records += ((Number) browser.js("return GUIDEBOOK_SEARCH_TEXT[arguments[0]].length", pages.get(i))).intValue();
            }
            assertTrue(records > 500, "records compared: " + records);
        }
    }

    @Test
    void aGlossaryTermOpensTheAppendixDefinitionWithoutARequest() throws Exception {
        try (Browser browser = offline()) {
            WebElement term = browser.driver.findElement(By.cssSelector("#metrics a.term[data-term=mean-reciprocal-rank]"));
            assertEquals("#glossary--mean-reciprocal-rank", term.getAttribute("href").replaceFirst("^[^#]*", ""));
            term.click();
            WebElement popover = browser.driver.findElement(By.cssSelector(".term-popover"));
            assertTrue(popover.isDisplayed());
            assertEquals("true", term.getAttribute("aria-expanded"));
            assertEquals(popover.getAttribute("id"), term.getAttribute("aria-controls"));
            assertEquals("", browser.js("return location.hash"), "the click opened the popover, not the glossary");
            // The appendix's entry: the name (with its abbreviation) and the definition, without "Explained in".
            String expected = (String) browser.js("var dt = document.getElementById('glossary--mean-reciprocal-rank'),"
                    + " dd = dt.nextElementSibling.cloneNode(true); dd.querySelectorAll('.glossary-see').forEach(function (e) { e.remove(); });"
                    + " return (dt.textContent + ' ' + dd.textContent).replace(/\\s+/g, ' ').trim();");
            assertEquals("mean reciprocal rank (MRR) The average over queries of one over the rank of the first relevant result.", expected);
            assertEquals(expected, browser.js("return arguments[0].querySelector('.term-popover-body').textContent.replace(/\\s+/g, ' ').trim();",
                    popover));
            assertEquals(0L, browser.js("return arguments[0].querySelectorAll('[id]').length", popover), "no id copied twice");
            assertEquals(1L, browser.js("return document.querySelectorAll('#metrics .term-popover, #glossary .term-popover').length"));

            new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
            assertTrue(browser.driver.findElements(By.cssSelector(".term-popover")).isEmpty(), "Esc closes it");
            assertEquals("mean-reciprocal-rank", browser.js("return document.activeElement.getAttribute('data-term')"),
                    "focus returns to the term");
            term.sendKeys(Keys.ENTER);
            assertTrue(browser.driver.findElement(By.cssSelector(".term-popover")).isDisplayed(), "Enter opens it too");
            browser.driver.findElement(By.cssSelector(".term-popover-more")).click();
            assertEquals("#glossary--mean-reciprocal-rank", browser.js("return location.hash"), "its link leads to the appendix entry");
            assertOnlyTheDocumentWasRequested(browser);
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

    /**
     * The real guide's single file is one long page: chapters far from the screen are not laid out (so it
     * opens fast on a phone) but an anchor still reaches them, laid out, at the top of the window.
     */
    @Test
    void offScreenChaptersAreSkippedUntilAnAnchorReachesThem() throws Exception {
        try (Browser browser = Browser.start(1280, 900)) {
            browser.open(realGuideAlone());
            String last = (String) browser.js("var a = document.querySelectorAll('article.print-chapter'); return a[a.length - 1].id;");
            String heading = "return document.getElementById(arguments[0]).querySelector('h1').checkVisibility({contentVisibilityAuto: true});";
            assertEquals(Boolean.FALSE, browser.js(heading, last), "the last chapter is not laid out while far away");
            browser.js("location.hash = '#' + arguments[0];", last);
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(5)).until(d ->
                    Boolean.TRUE.equals(browser.js(heading, last))
                    && ((Number) browser.js("return Math.abs(document.getElementById(arguments[0]).getBoundingClientRect().top);", last)).doubleValue() < 120);
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
