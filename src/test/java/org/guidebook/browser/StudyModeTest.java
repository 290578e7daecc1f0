package org.guidebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.guidebook.support.BuiltFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The study features in headless Chromium from {@code file://}, offline, on the {@code study} fixture (a
 * framework chapter with a 6-minute practice plan, check-yourself questions in two parts, a prompts chapter):
 * flashcards reviewed with the keyboard and by touch, their SM-2 schedule persisted across a reload; a practice
 * session that walks its steps as time passes and survives a reload; reading progress on the home page; the
 * same in the single file, which makes no request; no console error anywhere; axe finds nothing on the new
 * pages in light and dark, on a phone and a desktop. Each test starts a fresh browser profile, so no state
 * leaks from one to the next.
 */
class StudyModeTest {
    private static final String KEY = "guidebook:urn:uuid:7d1f4b0c-2a7e-4a39-9f43-0d1f8f0f0a01:";
    @TempDir
    static Path temp;
    static Path site;
    static Path single;

    @BeforeAll
    static void build() throws Exception {
        Browser.requireBrowser();
        site = BuiltFixture.output("study");
        single = temp.resolve("guide.html"); // alone in its folder, as when opened from an e-mail attachment
        Files.copy(site.resolve("downloads/fixture-guide.html"), single);
    }

    /** SM-2 as published: intervals 1, 6, then I × EF rounded up; EF' formula with floor 1.3; q below 3 resets. */
    @Test
    void theSchedulerIsSm2() {
        try (Browser browser = Browser.start(1280, 900)) {
            browser.open(site.resolve("flashcards.html"));
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) browser.js("""
                    var s = GuidebookSrs, g = s.GRADES, out = {};
                    var a = s.review(null, g.good, '2026-03-01');
                    out.first = [a.n, a.ef, a.interval, a.due];
                    var b = s.review(a, g.good, '2026-03-02');
                    out.second = [b.n, b.ef, b.interval, b.due];
                    var c = s.review(b, g.good, '2026-03-08');
                    out.third = [c.n, c.ef, c.interval, c.due];
                    var d = s.review(c, g.hard, '2026-03-23');
                    out.hard = [d.n, d.ef, d.interval];
                    var e = s.review(d, g.again, '2026-04-30');
                    out.again = [e.n, e.ef, e.interval, e.due];
                    out.sameDay = s.review(e, g.easy, '2026-04-30') === e;
                    var f = s.review(null, g.easy, '2026-03-01');
                    out.easy = [f.ef, f.interval];
                    var h = null;
                    for (var i = 0; i < 12; i++) h = s.review(h, g.hard, s.addDays('2026-01-01', i * 40));
                    out.floor = h.ef;
                    out.dates = [s.addDays('2026-12-31', 1), s.addDays('2028-02-28', 1), s.addDays('2026-03-28', 6)];
                    out.due = [s.isDue(null, '2026-01-01'), s.isDue(a, '2026-03-01'), s.isDue(a, '2026-03-02')];
                    out.repeat = [s.repeatToday(g.again), s.repeatToday(g.hard), s.repeatToday(g.good)];
                    return out;""");
            assertEquals(List.of(1L, 2.5, 1L, "2026-03-02"), r.get("first"), "first success: 1 day, EF unchanged by q=4");
            assertEquals(List.of(2L, 2.5, 6L, "2026-03-08"), r.get("second"), "second success: 6 days");
            assertEquals(List.of(3L, 2.5, 15L, "2026-03-23"), r.get("third"), "then I × EF: 6 × 2.5 = 15");
            assertEquals(List.of(4L, 2.36, 38L), r.get("hard"), "q=3: ceil(15 × 2.5) = 38 days, EF 2.5 − 0.14");
            assertEquals(List.of(0L, 2.36, 1L, "2026-05-01"), r.get("again"), "q=1 restarts at 1 day, EF unchanged");
            assertEquals(true, r.get("sameDay"), "a repeat on the day of a review leaves the schedule alone");
            assertEquals(List.of(2.6, 1L), r.get("easy"), "q=5 adds 0.1 to EF");
            assertEquals(1.3, ((Number) r.get("floor")).doubleValue(), "EF never drops below 1.3");
            assertEquals(List.of("2027-01-01", "2028-02-29", "2026-04-03"), r.get("dates"), "calendar days across year, leap day, DST");
            assertEquals(List.of(true, false, true), r.get("due"), "new cards are due; a card is due on its day");
            assertEquals(List.of(true, true, false), r.get("repeat"), "grades below 4 come back in the session");
        }
    }

    /** A deck reviewed with the keyboard and by touch; after a reload the cards are scheduled, not due. */
    @Test
    void reviewedCardsKeepTheirDueDatesAfterAReload() {
        try (Browser browser = Browser.start(1280, 900)) {
            browser.open(site.resolve("flashcards.html"));
            Select deck = new Select(browser.driver.findElement(By.id("fc-deck")));
            assertEquals("Due today (4)", deck.getFirstSelectedOption().getText());
            assertTrue(browser.driver.findElement(By.id("card-list")).getAttribute("hidden") != null,
                    "the static list gives way to the deck");
            assertEquals("framework#what-comes-first", card(browser));
            Actions keys = new Actions(browser.driver);
            keys.sendKeys(" ").perform();
            assertTrue(browser.driver.findElement(By.cssSelector(".fc-answer")).isDisplayed(), "space shows the answer");
            assertEquals("Clarifying the requirements, before any design.",
                    browser.driver.findElement(By.cssSelector(".fc-answer")).getText());
            assertEquals("1 day", browser.driver.findElement(By.cssSelector(".fc-good .fc-next")).getText());
            keys.sendKeys("3").perform(); // Good
            assertEquals("framework#why-wrap-up-with-trade-offs", card(browser));
            keys.sendKeys(" ").perform();
            keys.sendKeys("1").perform(); // Again: asked again at the end of the session
            assertEquals("intro#what-is-two-plus-two", card(browser));
            browser.driver.findElement(By.cssSelector(".fc-card")).click(); // a tap shows the answer
            swipe(browser, 120); // swipe right: Good
            assertEquals("intro#which-link-goes-to-the-case-study", card(browser));
            browser.driver.findElement(By.cssSelector(".fc-reveal")).click();
            browser.driver.findElement(By.cssSelector(".fc-easy")).click();
            assertEquals("framework#why-wrap-up-with-trade-offs", card(browser), "the card rated Again comes back");
            keys.sendKeys(" ").perform();
            keys.sendKeys("3").perform();
            assertTrue(browser.driver.findElement(By.cssSelector(".fc-status")).getText().startsWith("Nothing left in this deck"));

            browser.driver.navigate().refresh();
            String tomorrow = LocalDate.now().plusDays(1).toString();
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> states = (Map<String, Map<String, Object>>) browser.js(
                    "return JSON.parse(localStorage.getItem(arguments[0]));", KEY + "cards");
            assertEquals(tomorrow, states.get("framework#what-comes-first").get("due"));
            assertEquals(2.5, ((Number) states.get("framework#what-comes-first").get("ef")).doubleValue());
            assertEquals(0L, states.get("framework#why-wrap-up-with-trade-offs").get("n"), "Again restarted it");
            assertEquals(2.6, ((Number) states.get("intro#which-link-goes-to-the-case-study").get("ef")).doubleValue());
            deck = new Select(browser.driver.findElement(By.id("fc-deck")));
            assertEquals("Due today (0)", deck.getFirstSelectedOption().getText(), "nothing is due after the review");
            deck.selectByValue("chapter:intro");
            assertTrue(browser.driver.findElement(By.cssSelector(".fc-meta")).getText().contains("due "
                    + browser.js("return new Date(arguments[0] + 'T00:00').toLocaleDateString(undefined,"
                    + " {year: 'numeric', month: 'long', day: 'numeric'});", tomorrow)), "the card shows its due date");
            assertNoConsoleErrors(browser);
        }
    }

    /** "Review this chapter's cards" opens the flashcards page on that chapter's deck; a part deck holds its chapters. */
    @Test
    void aChapterLinksItsOwnDeck() {
        try (Browser browser = Browser.start(360, 780)) {
            browser.open(site.resolve("intro.html"));
            browser.driver.findElement(By.linkText("Review this chapter's cards")).click();
            Select deck = new Select(browser.driver.findElement(By.id("fc-deck")));
            assertEquals("chapter:intro", deck.getFirstSelectedOption().getAttribute("value"));
            assertEquals("intro#what-is-two-plus-two", card(browser));
            deck.selectByValue("part:The framework");
            assertEquals("framework#what-comes-first", card(browser));
            assertEquals("2 cards left in this session.", browser.driver.findElement(By.cssSelector(".fc-status")).getText());
            assertNoConsoleErrors(browser);
        }
    }

    /** The timer reads the stored start time: moving it into the past moves the session through its steps. */
    @Test
    void aPracticeSessionWalksItsStepsAndSurvivesAReload() {
        try (Browser browser = Browser.start(360, 780)) {
            browser.open(site.resolve("practice.html"));
            new Select(browser.driver.findElement(By.id("practice-prompt"))).selectByValue("Design a ranking page for a small shop.");
            browser.driver.findElement(By.id("practice-start")).click();
            assertEquals("Design a ranking page for a small shop.", text(browser, "practice-current-prompt"));
            assertTrue(text(browser, "practice-step-now").startsWith("Step 1 of 3: Clarify requirements"), text(browser, "practice-step-now"));
            browser.driver.findElement(By.id("practice-notes")).sendKeys("label: purchase");

            startedMinutesAgo(browser, 2.5);
            browser.driver.navigate().refresh();
            assertTrue(text(browser, "practice-step-now").startsWith("Step 2 of 3: Design the system"), text(browser, "practice-step-now"));
            assertEquals("label: purchase", browser.driver.findElement(By.id("practice-notes")).getAttribute("value"));
            assertEquals(List.of("step-done", "step-now", ""), stepClasses(browser));
            assertTrue(text(browser, "practice-clock").matches("3:(2\\d|30) left"), text(browser, "practice-clock"));
            assertTrue(browser.driver.findElement(By.id("practice-review")).getAttribute("hidden") != null);

            // The same clock function every view reads, moved past the end of the plan.
            browser.js("var t = Date.now(); GuidebookStudy.now = function () { return t + 4 * 60000; }; GuidebookStudy.tick();");
            assertEquals(List.of("step-done", "step-done", "step-done"), stepClasses(browser));
            assertTrue(browser.driver.findElement(By.id("practice-review")).isDisplayed(), "the self-check is shown");
            assertEquals("nDCG or MRR, and why.", text(browser, "practice-decide"));
            WebElement sheet = browser.driver.findElement(By.id("practice-sheet"));
            assertEquals("Cheat sheet: Metrics", sheet.getText());
            assertTrue(sheet.getAttribute("href").endsWith("/cheatsheets/metrics.html"), sheet.getAttribute("href"));

            browser.driver.findElement(By.id("practice-new")).click();
            assertTrue(browser.driver.findElement(By.id("practice-start")).isDisplayed(), "back to choosing a prompt");
            assertNoConsoleErrors(browser);
        }
    }

    /** Scrolling to a chapter's end marks it read; the home page says where to continue and counts per part. */
    @Test
    void readingProgressShowsOnTheHomePage() {
        try (Browser browser = Browser.start(1280, 900)) {
            browser.open(site.resolve("index.html"));
            assertFalse(browser.driver.findElement(By.id("reading-progress")).isDisplayed(), "nothing read yet");
            browser.open(site.resolve("intro.html"));
            scrollToEnd(browser);
            new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d ->
                    d.findElement(By.cssSelector(".read-mark button")).getText().startsWith("Read"));
            browser.open(site.resolve("metrics.html"));
            browser.open(site.resolve("index.html"));
            assertEquals("Continue where you left off: Metrics", text(browser, "progress-continue"));
            assertEquals(List.of("The framework: 0 of 1 read", "Basics: 1 of 2 read", "Case studies: 0 of 1 read",
                    "Appendix: 0 of 1 read"), items(browser));
            assertEquals(1L, browser.js("return document.querySelectorAll('.card.is-read').length;"));

            browser.open(site.resolve("case.html"));
            browser.driver.findElement(By.cssSelector(".read-mark button")).click(); // marked without scrolling
            browser.open(site.resolve("index.html"));
            assertEquals("Case studies: 1 of 1 read", items(browser).get(2));
            browser.driver.findElement(By.id("progress-clear")).click();
            assertFalse(browser.driver.findElement(By.id("reading-progress")).isDisplayed(), "cleared");
            assertEquals(0L, browser.js("return document.querySelectorAll('.card.is-read').length;"));
            assertNoConsoleErrors(browser);
        }
    }

    /**
     * The single file alone in a folder, every request blocked and counted: flashcards from the chapters'
     * own questions, a chapter's deck from its link, a practice session, reading progress; nothing requested,
     * nothing loaded, no console error.
     */
    @Test
    void theSingleFileHasTheSameStudyFeaturesAndMakesNoRequest() throws Exception {
        try (Browser browser = Browser.start(1280, 900, List.of("--proxy-server=http://127.0.0.1:9",
                "--host-resolver-rules=MAP * ~NOTFOUND"))) {
            browser.driver.get("about:blank");
            browser.requests();
            browser.open(single);
            assertEquals(null, browser.js("return window.GuidebookStudy || null;"), "the study code waits until it is needed");
            jsClick(browser, ".study-links a[href='#flashcards']");
            Select deck = new Select(browser.driver.findElement(By.id("fc-deck")));
            assertEquals("Due today (4)", deck.getFirstSelectedOption().getText());
            assertEquals("framework#what-comes-first", card(browser));
            Actions keys = new Actions(browser.driver);
            keys.sendKeys(" ").perform();
            keys.sendKeys("4").perform(); // Easy

            browser.driver.navigate().refresh();
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> states = (Map<String, Map<String, Object>>) browser.js(
                    "return JSON.parse(localStorage.getItem(arguments[0]));", KEY + "cards");
            assertEquals(LocalDate.now().plusDays(1).toString(), states.get("framework#what-comes-first").get("due"));
            jsClick(browser, "#intro .review-cards a");
            deck = new Select(browser.driver.findElement(By.id("fc-deck")));
            assertEquals("chapter:intro", deck.getFirstSelectedOption().getAttribute("value"));
            assertEquals("intro#what-is-two-plus-two", card(browser));

            jsClick(browser, ".study-links a[href='#practice']");
            browser.driver.findElement(By.id("practice-start")).click();
            startedMinutesAgo(browser, 5.5);
            browser.driver.navigate().refresh(); // the address is #practice: the view opens again by itself
            assertTrue(text(browser, "practice-step-now").startsWith("Step 3 of 3: Wrap-up"), text(browser, "practice-step-now"));
            browser.driver.findElement(By.id("practice-end")).click();
            WebElement sheet = browser.driver.findElement(By.id("practice-sheet"));
            assertEquals("#case--cheat-sheet", sheet.getAttribute("href").replaceFirst("^[^#]*", ""));

            browser.js("document.getElementById('intro').scrollIntoView(); window.scrollBy(0, 10);");
            browser.js("document.querySelector('#intro footer.pager').scrollIntoView({block: 'end'});");
            new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d ->
                    d.findElement(By.cssSelector("#intro .read-mark button")).getText().startsWith("Read"));
            Thread.sleep(500); // the chapter being read is recorded once scrolling settles
            browser.driver.navigate().to(single.toUri().toString());
            browser.driver.navigate().refresh();
            assertEquals("Continue where you left off: Introduction", text(browser, "progress-continue"));
            assertEquals("Basics: 1 of 2 read", items(browser).get(1));
            assertEquals(1L, browser.js("return document.querySelectorAll('.print-toc li.is-read').length;"));

            Thread.sleep(300);
            String page = single.toUri().toString();
            List<String> requests = browser.requests().stream().map(u -> u.replaceFirst("#.*$", "")).distinct().toList();
            assertEquals(List.of(page), requests.stream().filter(u -> !u.startsWith("data:")).toList(), "only the document");
            assertEquals(0L, browser.js("return document.querySelectorAll('script[src], link[href]').length;"));
            assertNoConsoleErrors(browser);
        }
    }

    /** axe finds nothing on the new pages with a card shown and answered, a session running and one finished. */
    @ParameterizedTest(name = "{0} {1} {2}px")
    @CsvSource({"flashcards.html, light, 1280", "flashcards.html, dark, 360", "practice.html, light, 360",
            "practice.html, dark, 1280", "index.html, dark, 360", "downloads/fixture-guide.html, light, 1280",
            "downloads/fixture-guide.html, dark, 360"})
    void theStudyViewsPassAxe(String page, String scheme, int width) {
        try (Browser browser = Browser.start(width, 800)) {
            browser.colorScheme(scheme);
            browser.open(site.resolve("intro.html"));
            scrollToEnd(browser); // some reading progress, for the home page
            browser.open(site.resolve(page));
            if (page.startsWith("downloads/")) jsClick(browser, ".study-links a[href='#flashcards']");
            if (!page.equals("practice.html") && !page.equals("index.html")) {
                browser.driver.findElement(By.cssSelector(".fc-reveal")).click();
                assertNoViolations(browser, page + " " + scheme + " card revealed");
            }
            if (page.startsWith("downloads/")) jsClick(browser, ".study-links a[href='#practice']");
            if (!page.equals("flashcards.html") && !page.equals("index.html")) {
                browser.driver.findElement(By.id("practice-start")).click();
                browser.driver.findElement(By.id("practice-notes")).sendKeys("notes");
                assertNoViolations(browser, page + " " + scheme + " session running");
                browser.driver.findElement(By.id("practice-end")).click();
                assertNoViolations(browser, page + " " + scheme + " session over");
            }
            if (page.equals("index.html")) {
                assertTrue(browser.driver.findElement(By.id("reading-progress")).isDisplayed());
                assertNoViolations(browser, page + " " + scheme + " with progress");
            }
        }
    }

    /** With the pinned newest axe-core (4.14), as every other page. */
    private static void assertNoViolations(Browser browser, String what) {
        Axe.assertNoViolations(browser.driver, what);
    }

    /** Fails on any console error or uncaught exception the pages logged since the last read. */
    private static void assertNoConsoleErrors(Browser browser) {
        List<String> errors = browser.driver.manage().logs().get("browser").getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors, "console errors");
    }

    /** Clicks a link as a reader does, wherever it is (the sticky top bar can cover an element Selenium scrolled to). */
    private static void jsClick(Browser browser, String selector) {
        browser.js("document.querySelector(arguments[0]).click();", selector);
    }

    private static String card(Browser browser) {
        return browser.driver.findElement(By.cssSelector(".fc-card")).getAttribute("data-card");
    }

    private static String text(Browser browser, String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    private static List<String> items(Browser browser) {
        return browser.driver.findElements(By.cssSelector("#progress-parts li")).stream().map(WebElement::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> stepClasses(Browser browser) {
        return (List<String>) browser.js("return Array.prototype.map.call(document.querySelectorAll('#practice-steps > li'),"
                + " function (li) { return li.className; });");
    }

    /** Moves the stored start of the running session into the past, as if it had started that long ago. */
    private static void startedMinutesAgo(Browser browser, double minutes) {
        browser.js("var s = JSON.parse(localStorage.getItem(arguments[0])); s.start = Date.now() - arguments[1] * 60000;"
                + " localStorage.setItem(arguments[0], JSON.stringify(s));", KEY + "practice", minutes);
    }

    private static void scrollToEnd(Browser browser) {
        browser.js("window.scrollTo(0, 10);");
        browser.js("window.scrollTo(0, document.body.scrollHeight);");
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d ->
                d.findElement(By.cssSelector(".read-mark button")).getText().startsWith("Read"));
    }

    /** A one-finger swipe across the card, {@code dx} pixels to the right (negative: to the left). */
    private static void swipe(Browser browser, int dx) {
        browser.js("""
                var card = document.querySelector('.fc-card'), box = card.getBoundingClientRect();
                var x = box.left + 20, y = box.top + 20;
                function touch(type, at) {
                  var t = new Touch({identifier: 1, target: card, clientX: at, clientY: y});
                  card.dispatchEvent(new TouchEvent(type, {bubbles: true, cancelable: true,
                    touches: type === 'touchend' ? [] : [t], changedTouches: [t]}));
                }
                touch('touchstart', x); touch('touchend', x + arguments[0]);""", dx);
    }
}
