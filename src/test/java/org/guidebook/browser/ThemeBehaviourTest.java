package org.guidebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.guidebook.support.FixtureRepo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The theme's behaviour in real Chromium from file://: drawer, light/dark toggle, sidebar, diagram viewer. */
class ThemeBehaviourTest {
    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() {
        Browser.requireBrowser();
        site = temp.resolve("site");
        assertEquals(0, FixtureRepo.of(temp, null).run("build", "--out", site.toString()).exitCode());
    }

    private static String focusedText(Browser browser) {
        return String.valueOf(browser.js("return document.activeElement && document.activeElement.textContent.trim();"));
    }

    @Test
    void sidebarIsBuiltFromTheTableOfContentsScriptAndMarksThePage() {
        try (Browser browser = Browser.start(1280, 800)) {
            browser.open(site.resolve("metrics.html"));
            List<String> links = browser.driver.findElements(By.cssSelector("#sidebar ul a")).stream()
                    .map(e -> e.getAttribute("href").replaceFirst(".*/", "")).toList();
            assertEquals(List.of("intro.html", "metrics.html", "case.html"), links);
            WebElement current = browser.driver.findElement(By.cssSelector("#sidebar [aria-current=page]"));
            assertEquals("Metrics", current.getText());
            assertTrue(browser.driver.findElement(By.id("sidebar")).isDisplayed());
            assertFalse(browser.driver.findElement(By.id("menu-button")).isDisplayed(), "no drawer button on a wide screen");
        }
    }

    @Test
    void onAPhoneTheDrawerOpensAndClosesByKeyboard() {
        try (Browser browser = Browser.start(360, 740)) {
            browser.open(site.resolve("metrics.html"));
            WebElement menu = browser.driver.findElement(By.id("menu-button"));
            WebElement sidebar = browser.driver.findElement(By.id("sidebar"));
            assertFalse(sidebar.isDisplayed(), "closed at first");
            assertEquals("false", menu.getAttribute("aria-expanded"));
            menu.sendKeys(Keys.ENTER);
            assertTrue(sidebar.isDisplayed());
            assertEquals("true", menu.getAttribute("aria-expanded"));
            assertEquals("Metrics", focusedText(browser), "focus moves to the current chapter in the drawer");
            new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
            assertFalse(sidebar.isDisplayed());
            assertEquals("false", menu.getAttribute("aria-expanded"));
            assertEquals("menu-button", browser.js("return document.activeElement.id;"), "focus returns to the button");
        }
    }

    @Test
    void themeToggleSwitchesAndRemembersTheChoice() {
        try (Browser browser = Browser.start(1280, 800)) {
            browser.colorScheme("light");
            browser.open(site.resolve("intro.html"));
            String lightBackground = String.valueOf(browser.js("return getComputedStyle(document.body).backgroundColor;"));
            browser.driver.findElement(By.id("theme-toggle")).click();
            assertEquals("dark", browser.js("return document.documentElement.getAttribute('data-theme');"));
            String darkBackground = String.valueOf(browser.js("return getComputedStyle(document.body).backgroundColor;"));
            assertFalse(lightBackground.equals(darkBackground), lightBackground + " vs " + darkBackground);
            browser.open(site.resolve("metrics.html"));
            assertEquals("dark", browser.js("return document.documentElement.getAttribute('data-theme');"),
                    "the choice carries over to the next page");
            assertEquals("Use light theme", browser.driver.findElement(By.id("theme-toggle")).getAttribute("aria-label"));
        }
    }

    @Test
    void aDiagramOpensFullScreenAndGoesBackOnEscape() {
        try (Browser browser = Browser.start(390, 844)) {
            browser.open(site.resolve("metrics.html"));
            WebElement open = browser.driver.findElement(By.cssSelector("figure.diagram .diagram-frame > button"));
            String caption = browser.driver.findElement(By.cssSelector("figure.diagram figcaption")).getText();
            assertEquals(caption, open.getAccessibleName(), "a real button named by its content, the diagram's name");
            assertEquals("Open full screen", open.getDomProperty("title"), "what it does, as its description");
            open.sendKeys(Keys.ENTER);
            WebElement dialog = browser.driver.findElement(By.cssSelector("dialog.diagram-viewer"));
            assertTrue(dialog.isDisplayed());
            assertEquals(1L, browser.js("return document.querySelectorAll('dialog.diagram-viewer[open] svg').length;"));
            assertEquals(0L, browser.js("return document.querySelectorAll('figure.diagram .diagram-frame svg').length;"),
                    "the SVG moved, it was not copied (ids stay unique)");
            double width = ((Number) browser.js("return document.querySelector('dialog svg').getBoundingClientRect().width;")).doubleValue();
            browser.driver.findElement(By.cssSelector(".viewer-in")).click();
            double zoomed = ((Number) browser.js("return document.querySelector('dialog svg').getBoundingClientRect().width;")).doubleValue();
            assertEquals(1.25, zoomed / width, 0.02, "zoom in makes the diagram 25 % larger");
            new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
            assertFalse(dialog.isDisplayed());
            assertEquals(1L, browser.js("return document.querySelectorAll('figure.diagram .diagram-frame > button > svg').length;"),
                    "the SVG is back in its figure");
            assertEquals(open, browser.driver.switchTo().activeElement(), "focus is back on the diagram");
        }
    }
}
