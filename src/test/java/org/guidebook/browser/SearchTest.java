package org.guidebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.guidebook.support.FixtureRepo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search and glossary popovers in real Chromium, with the site opened from {@code file://} and every request
 * that is not a file blocked (see {@link Browser#start(int, int, Path)}): typed queries give the expected top
 * results, the keyboard works, markup in the guide shows as text, and, by Chromium's own network log, the
 * pages requested nothing but files.
 */
class SearchTest {
    @TempDir
    static Path temp;
    static Path site;
    Browser browser;

    @BeforeAll
    static void build() {
        Browser.requireBrowser();
        site = temp.resolve("site");
        FixtureRepo.Run run = FixtureRepo.of(temp, "search").run("build", "--out", site.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    Path netLog;
    int browsers;

    @BeforeEach
    void start() {
        browser = startBrowser(1280, 800);
    }

    private Browser startBrowser(int width, int height) {
        netLog = temp.resolve("netlog-" + System.nanoTime() + ".json");
        return Browser.start(width, height, netLog);
    }

    @AfterEach
    void stop() {
        browser.close();
        assertEquals(List.of(), Browser.pageRequestsThatWereNotFiles(netLog), "requests that left the machine (Chromium's net log)");
    }

    private List<WebElement> type(String query) {
        WebElement input = browser.driver.findElement(By.id("search-input"));
        input.clear();
        input.sendKeys(query);
        return waitForResults();
    }

    private List<WebElement> waitForResults() {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                !d.findElements(By.cssSelector("#search-results [role=option]")).isEmpty());
        return browser.driver.findElements(By.cssSelector("#search-results [role=option]"));
    }

    private static String title(WebElement result) {
        return result.findElement(By.className("search-result-title")).getText();
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "two tower | Two-tower models | retrieval.html#two-tower-models",
            "nDCG | nDCG | metrics.html#ndcg",
            "embed | Embeddings | retrieval.html#embeddings",            // prefix while typing
            "quantizaton | Quantization | retrieval.html#quantization",  // one typo
            "ANN | Nearest neighbor indexes | retrieval.html#nearest-neighbor-indexes", // abbreviation → expansion
            "CTR | Click-through rate prediction | ranking.html#click-through-rate-prediction",
            "NE | Normalized entropy | ranking.html#normalized-entropy",
            "LTR | Learning to rank | ranking.html#learning-to-rank",
            "vector recall | Nearest neighbor indexes | retrieval.html#nearest-neighbor-indexes"})
    void typedQueriesFindTheRightSectionFirst(String query, String expectedTitle, String expectedUrl) {
        browser.open(site.resolve("intro.html"));
        List<WebElement> results = type(query);
        assertEquals(expectedTitle, title(results.get(0)), "top result for " + query);
        assertTrue(results.get(0).getAttribute("href").endsWith("/" + expectedUrl), results.get(0).getAttribute("href"));
    }

    @Test
    void sectionsWithEveryWordComeBeforeSectionsWithSome() {
        browser.open(site.resolve("intro.html"));
        List<String> titles = type("two tower").stream().map(SearchTest::title).toList();
        assertEquals("Two-tower models", titles.get(0));
        assertTrue(titles.indexOf("Towers and pairs") < titles.indexOf("What is two plus two?"),
                "a section with both words ranks above one with only \"two\": " + titles);
    }

    /** "lower" is in the fixture: it is what the reader meant, not a typo of "tower" (one letter away). */
    @Test
    void aWordTheGuideContainsIsNotReadAsATypoOfAnother() {
        browser.open(site.resolve("intro.html"));
        List<String> titles = type("lower").stream().map(SearchTest::title).toList();
        assertFalse(titles.isEmpty());
        assertTrue(titles.stream().noneMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains("tower")), titles.toString());
        // nor of a glossary form: "power" is the abbreviation of "statistical power" in the fixture
        List<String> tower = type("tower").stream().map(SearchTest::title).toList();
        assertTrue(tower.stream().allMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains("tower")), tower.toString());
        List<String> typo = type("towrs").stream().map(SearchTest::title).toList();
        assertTrue(typo.get(0).toLowerCase(java.util.Locale.ROOT).contains("tower"), "a word the guide lacks is still forgiven one typo: " + typo);
    }

    @Test
    void slashFocusesArrowsAndEnterPickEscapeCloses() {
        browser.open(site.resolve("metrics.html"));
        new Actions(browser.driver).sendKeys("/").perform();
        assertEquals("search-input", browser.js("return document.activeElement.id"));
        WebElement input = browser.driver.findElement(By.id("search-input"));
        input.sendKeys("embedding");
        List<WebElement> results = waitForResults();
        assertEquals("true", input.getAttribute("aria-expanded"));
        input.sendKeys(Keys.ESCAPE);
        assertEquals("false", input.getAttribute("aria-expanded"));
        assertFalse(browser.driver.findElement(By.id("search-panel")).isDisplayed());
        input.sendKeys(Keys.ARROW_DOWN);
        results = waitForResults();
        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals(results.get(0).getAttribute("id"), input.getAttribute("aria-activedescendant"));
        assertEquals("true", results.get(0).getAttribute("aria-selected"));
        String expected = results.get(0).getAttribute("href");
        input.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().equals(expected));
        assertTrue(expected.endsWith("retrieval.html#embeddings"), expected);
    }

    @Test
    void markupInHeadingsAndCodeIsShownAsText() {
        browser.open(site.resolve("index.html"));
        List<WebElement> results = type("onerror");
        assertEquals("The <script> and <img src=x onerror=alert(1)> trap", title(results.get(0)));
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d ->
                d.findElement(By.cssSelector("#search-results .search-result-snippet")).getText().contains("onerror"));
        String snippet = results.get(0).findElement(By.className("search-result-snippet")).getText();
        assertTrue(snippet.contains("<img src=x onerror=\"window.__pwned=1\">"), snippet);
        assertEquals(0L, browser.js("return document.querySelectorAll('#search-panel img, #search-panel script,"
                + " #search-panel [onerror]').length"));
        assertTrue(((Number) browser.js("return document.querySelectorAll('#search-results mark').length")).intValue() > 0,
                "matched words are highlighted with <mark>");
        assertNull(browser.js("return window.__pwned === undefined ? null : String(window.__pwned)"), "no markup ran");
    }

    @Test
    void theSearchPageShowsMoreResultsForTheQueryInItsAddress() {
        browser.driver.get(site.resolve("search.html").toUri() + "?q=ranking");
        int inTheBox = 8;
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                !d.findElements(By.cssSelector("#search-page-results .search-result")).isEmpty());
        List<WebElement> results = browser.driver.findElements(By.cssSelector("#search-page-results .search-result"));
        assertEquals("Ranking", title(results.get(0)), "the chapter whose title matches comes first");
        assertTrue(browser.driver.findElement(By.id("search-page-status")).getText().contains("for “ranking”"));
        browser.driver.get(site.resolve("search.html").toUri() + "?q=re");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector("#search-page-results .search-result")).size() > inTheBox);
    }

    @Test
    void onAPhoneTheSearchOpensOverThePageWithLargeTapTargets() {
        browser.close();
        assertEquals(List.of(), Browser.pageRequestsThatWereNotFiles(netLog));
        browser = startBrowser(390, 844);
        browser.open(site.resolve("ranking.html"));
        WebElement input = browser.driver.findElement(By.id("search-input"));
        assertFalse(input.isDisplayed(), "the box is folded into a button on a phone");
        browser.driver.findElement(By.id("search-open")).click();
        assertTrue(input.isDisplayed());
        assertEquals("search-input", browser.js("return document.activeElement.id"));
        input.sendKeys("calibration");
        List<WebElement> results = waitForResults();
        for (WebElement result : results) {
            assertTrue(result.getRect().getHeight() >= 44, "tap target height " + result.getRect().getHeight());
            assertTrue(result.getRect().getWidth() >= 300, "tap target width " + result.getRect().getWidth());
        }
        long panelTop = ((Number) browser.js("return document.getElementById('search-panel').getBoundingClientRect().top")).longValue();
        assertTrue(panelTop < 100, "results start right under the box, above where the keyboard opens: " + panelTop);
        results.get(0).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("#calibration"));
    }

    @Test
    void aGlossaryTermOpensItsDefinitionByTapOrKeyboard() {
        browser.open(site.resolve("ranking.html"));
        WebElement term = browser.driver.findElement(By.cssSelector("a.term[data-term=click-through-rate]"));
        assertEquals("CTR", term.getText());
        term.click();
        WebElement popover = browser.driver.findElement(By.cssSelector(".term-popover"));
        assertTrue(popover.isDisplayed());
        assertTrue(popover.getText().contains("Clicks divided by impressions."), popover.getText());
        assertEquals("true", term.getAttribute("aria-expanded"));
        assertEquals(popover.getAttribute("id"), term.getAttribute("aria-controls"));
        new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
        assertTrue(browser.driver.findElements(By.cssSelector(".term-popover")).isEmpty());
        assertEquals("click-through-rate", browser.js("return document.activeElement.getAttribute('data-term')"),
                "focus returns to the term");
        term.sendKeys(Keys.ENTER);
        assertTrue(browser.driver.findElement(By.cssSelector(".term-popover")).isDisplayed(), "Enter opens it too");
        browser.driver.findElement(By.cssSelector(".term-popover-more")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("glossary.html#click-through-rate"));
    }

    @Test
    void everyRecordLinksToAnAnchorThatExists() throws java.io.IOException {
        browser.open(site.resolve("index.html"));
        browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1]; guidebookSearch.load(function () { done(1); });");
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) browser.js("return guidebookSearch.urls();");
        assertTrue(urls.size() > 30, urls.toString());
        for (String url : urls) {
            String[] parts = java.net.URI.create(url).getPath().replaceAll(".*/", "").split("#");
            String anchor = java.net.URI.create(url).getFragment();
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.resolve(parts[0]).toFile(), "UTF-8");
            if (anchor != null) assertTrue(page.getElementById(anchor) != null, "anchor of " + url);
        }
    }

    /** A reader who stays on a page finds the index ready: it loads by itself after two seconds. */
    @Test
    void theIndexLoadsByItselfWhenThePageHasBeenOpenAWhile() {
        browser.open(site.resolve("metrics.html"));
        assertEquals(Boolean.FALSE, browser.js("return !!window.GUIDEBOOK_SEARCH"), "not at once: the page comes first");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(browser.js("return !!window.GUIDEBOOK_SEARCH")));
    }

    @Test
    void theIndexIsLoadedOnlyFromFiles() {
        browser.open(site.resolve("intro.html"));
        type("two tower");
        @SuppressWarnings("unchecked")
        List<String> scripts = (List<String>) browser.js("return Array.from(document.scripts).map(s => s.src).filter(Boolean)");
        assertTrue(scripts.stream().anyMatch(s -> s.endsWith("/search-index.js")), scripts.toString());
        assertTrue(scripts.stream().allMatch(s -> s.startsWith("file:")), scripts.toString());
    }

    @Test
    void theNetLogCatchesARequestThatTriesToLeave() {
        browser.open(site.resolve("intro.html"));
        browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1], img = new Image();"
                + " img.onload = img.onerror = function () { done(1); }; img.src = 'https://example.com/pixel.png';");
        browser.close();
        assertTrue(Browser.pageRequestsThatWereNotFiles(netLog).contains("https://example.com/pixel.png"),
                "the check in stop() would see a request: " + Browser.pageRequestsThatWereNotFiles(netLog));
        browser = startBrowser(1280, 800); // for stop()
    }
}
