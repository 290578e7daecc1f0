package org.guidebook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.guidebook.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

/**
 * Screenshots of the study features of a built site, with some state in them (for looking at, not for tests):
 * a flashcard with its answer shown, a practice session in its third step and one that is over, the home page
 * with reading progress, and the single file's flashcards, each at phone (360 × 780) and desktop (1280 × 900)
 * size, light and dark alternating.
 *
 * <p>Usage: {@code StudyScreenshots SITE_DIR OUT_DIR} (see {@code bench/study-screenshots.sh}).
 */
public final class StudyScreenshots {
    private StudyScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        shoot(site, out, "flashcards-phone-light", 360, 780, "light", "flashcards");
        shoot(site, out, "flashcards-desktop-dark", 1280, 900, "dark", "flashcards");
        shoot(site, out, "practice-phone-dark", 360, 780, "dark", "practice");
        shoot(site, out, "practice-desktop-light", 1280, 900, "light", "practice");
        shoot(site, out, "practice-over-phone-light", 360, 780, "light", "practice-over");
        shoot(site, out, "progress-home-phone-light", 360, 780, "light", "home");
        shoot(site, out, "progress-home-desktop-dark", 1280, 900, "dark", "home");
        shoot(site, out, "single-file-flashcards-phone-dark", 360, 780, "dark", "single");
    }

    private static void shoot(Path site, Path out, String name, int width, int height, String scheme, String what)
            throws Exception {
        try (Browser browser = Browser.start(width, height)) {
            browser.colorScheme(scheme);
            switch (what) {
                case "flashcards" -> {
                    browser.open(site.resolve("offline-evaluation.html"));
                    browser.driver.findElement(By.linkText("Review this chapter's cards")).click();
                    browser.driver.findElement(By.cssSelector(".fc-reveal")).click();
                    browser.js("document.querySelector('.fc-bar').scrollIntoView(); window.scrollBy(0, -70);");
                }
                case "practice", "practice-over" -> {
                    browser.open(site.resolve("practice.html"));
                    new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("practice-prompt")))
                            .selectByIndex(5);
                    browser.driver.findElement(By.id("practice-start")).click();
                    browser.driver.findElement(By.id("practice-notes")).sendKeys("Label: a song played past 30 s;"
                            + " negatives from skips. 50M DAU, 5k QPS peak.");
                    double minutes = what.equals("practice") ? 11.5 : 46;
                    browser.js("var k = Object.keys(localStorage).filter(function (k) { return /:practice$/.test(k); })[0];"
                            + " var s = JSON.parse(localStorage.getItem(k)); s.start = Date.now() - arguments[0] * 60000;"
                            + " localStorage.setItem(k, JSON.stringify(s));", minutes);
                    browser.driver.navigate().refresh();
                    String target = what.equals("practice") ? "practice-current-prompt" : "practice-review";
                    browser.js("document.getElementById(arguments[0]).scrollIntoView(); window.scrollBy(0, -70);", target);
                }
                case "home" -> {
                    for (String page : new String[] {"how-to-use.html", "interview-framework.html", "framing.html"}) {
                        browser.open(site.resolve(page));
                        browser.js("window.scrollTo(0, 10); window.scrollTo(0, document.body.scrollHeight);");
                        Thread.sleep(200);
                    }
                    browser.open(site.resolve("data.html"));
                    browser.open(site.resolve("index.html"));
                    browser.js("document.getElementById('reading-progress').scrollIntoView(); window.scrollBy(0, -70);");
                }
                case "single" -> {
                    browser.open(site.resolve("downloads/ml-system-design-guide.html"));
                    browser.js("document.querySelector('.study-links a').click();");
                    Thread.sleep(300);
                    browser.driver.findElement(By.cssSelector(".fc-reveal")).click();
                    browser.js("document.getElementById('flashcards-app').scrollIntoView(); window.scrollBy(0, -70);");
                }
                default -> throw new IllegalArgumentException(what);
            }
            Thread.sleep(300);
            Files.write(out.resolve(name + ".png"), browser.driver.getScreenshotAs(OutputType.BYTES));
        }
    }
}
