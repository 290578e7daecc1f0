package org.guidebook.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven through Debian's matching chromedriver (nothing downloads a browser).
 * When the browser is missing, a test fails under {@code CI=true} and is skipped elsewhere with a message
 * that says so plainly.
 */
public final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public final ChromeDriver driver;
    private final Path profile;

    static {
        // Selenium warns about CDP versions it has no bindings for; the tests use raw CDP commands only.
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
    }

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts Chromium with a window of {@code width}×{@code height} CSS pixels. */
    public static Browser start(int width, int height) {
        requireBrowser();
        try {
            Path profile = Files.createTempDirectory("guidebook-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--disable-extensions", "--hide-scrollbars",
                    "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                    "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails (CI) or skips (elsewhere) when Debian's chromium and chromedriver are not installed. */
    public static void requireBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (present) return;
        String message = "browser test needs Debian's chromium and chromium-driver (/usr/bin/chromium,"
                + " /usr/bin/chromedriver): apt-get install chromium chromium-driver";
        if ("true".equals(System.getenv("CI"))) Assertions.fail("CI=true and " + message);
        System.err.println("SKIPPED: " + message);
        Assumptions.abort("SKIPPED: " + message);
    }

    public void open(Path file) {
        driver.get(file.toUri().toString());
    }

    /** Emulates the system colour scheme ({@code light} or {@code dark}). */
    public void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    public Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /**
     * Prints the open page to PDF as a reader's browser would (DevTools {@code Page.printToPDF}) on paper of
     * {@code widthMm} × {@code heightMm}, without Chromium's header and footer. With {@code preferCssPageSize}
     * a CSS {@code @page { size }} rule wins over the paper, as it does only when asked to.
     */
    public byte[] printToPdf(double widthMm, double heightMm, boolean preferCssPageSize) {
        Map<String, Object> result = driver.executeCdpCommand("Page.printToPDF", Map.of(
                "paperWidth", widthMm / 25.4, "paperHeight", heightMm / 25.4,
                "preferCSSPageSize", preferCssPageSize, "displayHeaderFooter", false, "printBackground", false));
        return java.util.Base64.getDecoder().decode((String) result.get("data"));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile.toFile());
        }
    }

    private static void deleteQuietly(File f) {
        File[] children = f.listFiles();
        if (children != null) for (File c : children) deleteQuietly(c);
        f.delete();
    }
}
