package org.guidebook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.guidebook.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

/**
 * Screenshots of a built site as a reader sees it, for looking at (not for tests): a page scrolled to an
 * element, at a given size and colour scheme, optionally after a click.
 *
 * <p>Usage: {@code Screenshots SITE_DIR OUT.png PAGE WIDTH HEIGHT light|dark [CSS_SELECTOR_TO_SCROLL_TO
 * [click|type:TEXT]]} — {@code type:TEXT} clicks the element, then types TEXT into the focused element.
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        Path out = Path.of(args[1]);
        try (Browser browser = Browser.start(Integer.parseInt(args[3]), Integer.parseInt(args[4]))) {
            browser.colorScheme(args[5]);
            String[] page = args[2].split("\\?", 2);
            if (page.length == 2) {
                browser.driver.get(site.resolve(page[0]).toUri() + "?" + java.net.URLEncoder.encode(page[1], java.nio.charset.StandardCharsets.UTF_8)
                        .replace("%3D", "=").replace("+", "%20"));
            } else {
                browser.open(site.resolve(args[2]));
            }
            if (args.length > 6) {
                var element = browser.driver.findElement(By.cssSelector(args[6]));
                if (args.length <= 7 || !args[7].startsWith("type:")) {
                    browser.js("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -70);", element);
                }
                if (args.length > 7 && args[7].equals("click")) element.click();
                if (args.length > 7 && args[7].startsWith("type:")) {
                    if (element.isDisplayed()) element.click();
                    new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(args[7].substring(5)).perform();
                }
            }
            Thread.sleep(600);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.write(out, browser.driver.getScreenshotAs(OutputType.BYTES));
        }
    }
}
