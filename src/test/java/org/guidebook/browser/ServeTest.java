package org.guidebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.guidebook.Guidebook;
import org.guidebook.diagram.DiagramStage;
import org.guidebook.serve.PreviewServer;
import org.guidebook.support.FixtureRepo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** {@code guidebook serve}: live reload in a real browser, the error overlay, loopback only, a clean stop. */
class ServeTest {
    private static final String CHAPTER = "guide/part-a/metrics.md";

    @TempDir
    Path temp;

    private PreviewServer start(FixtureRepo repo, StringWriter log) throws IOException {
        return new PreviewServer(repo.root, new Guidebook.Options(repo.root.resolve(Guidebook.CACHE_DIR), true,
                DiagramStage.Progress.NONE), InetAddress.getLoopbackAddress(), 0, new PrintWriter(log, true));
    }

    @Test
    void aSavedChapterShowsInTheOpenPageWithoutAManualReload() throws Exception {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        try (PreviewServer server = start(repo, new StringWriter()); Browser browser = Browser.start(1280, 900)) {
            browser.driver.get(server.address().resolve("metrics.html").toString());
            assertEquals("Metrics", browser.driver.findElement(By.cssSelector("h1")).getText());
            browser.js("window.__notReloaded = true;");
            append(repo, CHAPTER, "\nA sentence written while the preview was open.\n");
            waitFor(() -> browser.driver.findElement(By.tagName("main")).getText()
                    .contains("A sentence written while the preview was open."), "the new text in the open page");
            assertEquals(null, browser.js("return window.__notReloaded === undefined ? null : true;"),
                    "the page itself reloaded (nobody reloaded it by hand)");
        }
    }

    @Test
    void aMistakeShowsAnOverlayWithFileAndLineOverTheLastGoodPage() throws Exception {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        StringWriter log = new StringWriter();
        try (PreviewServer server = start(repo, log); Browser browser = Browser.start(390, 844)) {
            URI page = server.address().resolve("metrics.html");
            browser.driver.get(page.toString());
            String good = Files.readString(repo.path(CHAPTER));
            append(repo, CHAPTER, "\nSee [a chapter that is not there](missing.md).\n");
            waitFor(() -> !browser.driver.findElements(By.id("guidebook-problems")).isEmpty(), "the problems overlay");
            String overlay = browser.driver.findElement(By.id("guidebook-problems")).getText();
            assertTrue(overlay.contains(CHAPTER + ":"), "names the file and line: " + overlay);
            assertTrue(log.toString().contains(CHAPTER + ":"), "the terminal says it too");
            assertEquals("Metrics", browser.driver.findElement(By.cssSelector("h1")).getText(), "the last good page stays");
            Document served = Jsoup.parse(get(page));
            assertFalse(served.text().contains("a chapter that is not there"), "the broken build is not served");

            // A page opened while the build is broken shows the overlay at once.
            browser.driver.get(server.address().resolve("index.html").toString());
            waitFor(() -> !browser.driver.findElements(By.id("guidebook-problems")).isEmpty(), "the overlay on a new page");

            Files.writeString(repo.path(CHAPTER), good + "\nFixed and written again.\n");
            waitFor(() -> browser.driver.findElements(By.id("guidebook-problems")).isEmpty(), "the overlay gone after the fix");
            assertTrue(Jsoup.parse(get(page)).text().contains("Fixed and written again."));
        }
    }

    @Test
    void aDiagramEditRendersThatDiagramOnly() throws Exception {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        try (PreviewServer server = start(repo, new StringWriter())) {
            long before = server.generation();
            int diagrams = server.lastResult().diagrams();
            assertTrue(diagrams >= 2, "the fixture has several diagrams");
            Path flow = repo.path("diagrams/flow.puml");
            Files.writeString(flow, Files.readString(flow).replace("@enduml", "note \"edited\" as N\n@enduml"));
            waitFor(() -> server.generation() > before, "a rebuild");
            assertEquals(1, server.lastResult().diagramsRendered(), "only the edited diagram is rendered again");
        }
    }

    @Test
    void servesOnTheLoopbackOnlyAndOnlyServedPagesCarryTheReloadScript() throws Exception {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        try (PreviewServer server = start(repo, new StringWriter())) {
            assertTrue(InetAddress.getByName(server.address().getHost()).isLoopbackAddress(), server.address().toString());
            Document served = Jsoup.parse(get(server.address().resolve("metrics.html")));
            assertEquals(1, served.select("script[src=/__guidebook/live.js]").size());
        }
        FixtureRepo.Run refused = repo.run("serve", "--bind", "0.0.0.0", "--port", "0");
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("--allow-remote"), refused.err());

        assertEquals(0, repo.run("build").exitCode());
        try (Stream<Path> pages = Files.walk(repo.path("dist"))) {
            for (Path html : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertTrue(Jsoup.parse(html.toFile()).select("script[src*=__guidebook]").isEmpty(), html + " carries the preview script");
            }
        }
    }

    @Test
    void stoppingLeavesNoThreadAndNoOutputBehind() throws Exception {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        try (PreviewServer server = start(repo, new StringWriter())) {
            get(server.address().resolve("index.html"));
            assertFalse(previewThreads().isEmpty(), "the preview runs threads while it serves");
        }
        waitFor(() -> previewThreads().isEmpty(), "every preview thread ended: " + previewThreads());
        try (Stream<Path> top = Files.list(repo.root)) {
            assertEquals(List.of(".guidebook-cache", "diagrams", "guide", "templates"),
                    top.map(p -> p.getFileName().toString()).sorted().toList(), "nothing but the caches a build keeps too");
        }
    }

    private static List<String> previewThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("guidebook-serve")).toList();
    }

    private static String get(URI uri) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void append(FixtureRepo repo, String file, String text) throws IOException {
        Files.writeString(repo.path(file), Files.readString(repo.path(file)) + text);
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) return;
            } catch (RuntimeException e) {
                // the page is reloading; ask again
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
