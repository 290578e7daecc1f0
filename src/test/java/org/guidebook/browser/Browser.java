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
        return start(width, height, List.<String>of());
    }

    /**
     * Starts Chromium offline, with its network log going to {@code netLog}. Offline means every request that
     * is not for a file fails before it leaves the machine: all of them go to a proxy on the loopback that
     * refuses connections, and no host name resolves. Unlike blocking in DevTools, this still logs each
     * attempt, so {@link #pageRequestsThatWereNotFiles} can prove that a page tried nothing.
     */
    public static Browser start(int width, int height, Path netLog) {
        if (netLog == null) return start(width, height, List.<String>of());
        return start(width, height, List.of("--log-net-log=" + netLog, "--net-log-capture-mode=Default",
                "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                "--host-resolver-rules=MAP * ~NOTFOUND"));
    }

    /** Like {@link #start(int, int)}, with extra Chromium command-line switches. */
    public static Browser start(int width, int height, List<String> switches) {
        requireBrowser();
        try {
            Path profile = Files.createTempDirectory("guidebook-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--disable-extensions", "--hide-scrollbars",
                    "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
            options.addArguments(switches);
            // The DevTools events of the page (Network.requestWillBeSent, …), readable as the "performance" log
            // whatever the browser's version: chromedriver records them, no CDP bindings are needed.
            org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
            logs.enable("performance", java.util.logging.Level.ALL);
            logs.enable("browser", java.util.logging.Level.ALL); // the console, read by tests that expect no error
            options.setCapability("goog:loggingPrefs", logs);
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

    /** Changes the emulated viewport to {@code width}×{@code height} CSS pixels (a phone below 600). */
    public void resize(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    public void open(Path file) {
        driver.get(file.toUri().toString());
    }

    /** Emulates the system colour scheme ({@code light} or {@code dark}). */
    public void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** The URL of every request the page has started since the last call (DevTools Network events). */
    public List<String> requests() {
        List<String> urls = new java.util.ArrayList<>();
        java.util.regex.Pattern url = java.util.regex.Pattern.compile(
                "\"method\":\"Network\\.requestWillBeSent\".*?\"request\":\\{.*?\"url\":\"((?:[^\"\\\\]|\\\\.)*)\"");
        for (var entry : driver.manage().logs().get("performance").getAll()) {
            java.util.regex.Matcher m = url.matcher(entry.getMessage());
            if (m.find()) urls.add(m.group(1));
        }
        return urls;
    }

    /**
     * The URLs other than {@code file:} that pages tried to load, from a net log written by a browser started
     * with {@link #start(int, int, Path)} (read it after {@link #close()}). Chromium's own background
     * requests (updates, clock) are not a page's and are left out: a page's requests carry the page's origin
     * as initiator, Chromium's carry none. They failed all the same (the browser was offline).
     */
    @SuppressWarnings("unchecked")
    public static List<String> pageRequestsThatWereNotFiles(Path netLog) {
        try {
            Map<String, Object> log = new org.openqa.selenium.json.Json().toType(Files.readString(netLog), Map.class);
            Map<String, Object> constants = (Map<String, Object>) log.get("constants");
            Number startJob = (Number) ((Map<String, Object>) constants.get("logEventTypes")).get("URL_REQUEST_START_JOB");
            Map<Object, String> urlOf = new java.util.HashMap<>();
            Map<Object, Object> initiatorOf = new java.util.HashMap<>();
            for (Map<String, Object> event : (List<Map<String, Object>>) log.get("events")) {
                Object source = ((Map<String, Object>) event.get("source")).get("id");
                Map<String, Object> params = (Map<String, Object>) event.getOrDefault("params", Map.of());
                if (params.get("url") instanceof String url) urlOf.putIfAbsent(source, url);
                if (((Number) event.get("type")).intValue() == startJob.intValue() && params.containsKey("method")) {
                    initiatorOf.put(source, params.getOrDefault("initiator", "not an origin")); // the job's start
                }
            }
            java.util.Set<String> urls = new java.util.TreeSet<>();
            initiatorOf.forEach((source, initiator) -> {
                String url = urlOf.getOrDefault(source, "(unknown)");
                if (!url.startsWith("file:") && !"not an origin".equals(initiator)) urls.add(url);
            });
            return List.copyOf(urls);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
