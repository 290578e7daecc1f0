package org.guidebook.render.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.guidebook.support.FixtureRepo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/**
 * The files of the installable offline site, read back from a built fixture: the web app manifest and its
 * icons, the link to it from every site page (and from nothing else), and the precache list, which must name
 * every file written but the worker and itself, with the SHA-256 of its bytes.
 */
class OfflineAppFilesTest {
    @TempDir
    static Path temp;
    static Path out;

    @BeforeAll
    static void build() {
        out = temp.resolve("site");
        FixtureRepo.Run run = FixtureRepo.of(temp, null).run("build", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String path) throws IOException {
        return new Json().toType(Files.readString(out.resolve(path)), Map.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theManifestMakesTheFolderAnApp() throws IOException {
        Map<String, Object> manifest = json("manifest.webmanifest");
        assertEquals("Fixture Guide", manifest.get("name"));
        assertEquals("FG", manifest.get("short_name"), "13 characters are too many under an icon: the initials");
        assertEquals("./", manifest.get("start_url"));
        assertEquals("./", manifest.get("scope"));
        assertEquals("standalone", manifest.get("display"));
        String css = Files.readString(out.resolve("assets/guide.css"));
        Matcher accent = Pattern.compile(":root \\{[^}]*--accent: (#[0-9a-f]{6});").matcher(css);
        assertTrue(accent.find());
        assertEquals(accent.group(1), manifest.get("theme_color"), "the theme's accent colour");
        assertEquals("#ffffff", manifest.get("background_color"));
        List<Map<String, Object>> icons = (List<Map<String, Object>>) manifest.get("icons");
        assertEquals(List.of("any", "192x192", "512x512"), icons.stream().map(i -> i.get("sizes")).toList());
        for (Map<String, Object> icon : icons) {
            Path file = out.resolve((String) icon.get("src"));
            assertTrue(Files.isRegularFile(file), file.toString());
            String sizes = (String) icon.get("sizes");
            if (sizes.equals("any")) {
                Document svg = Jsoup.parse(Files.readString(file), "", org.jsoup.parser.Parser.xmlParser());
                assertEquals("0 0 512 512", svg.selectFirst("svg").attr("viewBox"));
                assertTrue(svg.selectFirst("path").attr("d").length() > 100, "the initials are drawn as outlines");
                assertTrue(svg.select("text, image, use").isEmpty(), "no font or file needed to show it");
            } else {
                BufferedImage png = ImageIO.read(file.toFile());
                int size = Integer.parseInt(sizes.substring(0, sizes.indexOf('x')));
                assertEquals(size, png.getWidth());
                assertEquals(size, png.getHeight());
                int corner = png.getRGB(size / 10, size / 2);
                assertEquals(0xff0b57d0, corner, "the theme colour fills the square");
                assertEquals(0, png.getRGB(0, 0) >>> 24, "rounded corners are transparent");
            }
        }
    }

    @Test
    void everySitePageLinksTheManifestAndNothingElseDoes() throws IOException {
        Set<String> linking = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                String page = out.relativize(file).toString().replace('\\', '/');
                Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                // guide.js links the manifest named here, over http(s) only (file:// would refuse to load it).
                Element icon = doc.head().selectFirst("link[rel=icon][data-manifest]");
                if (icon == null) continue;
                linking.add(page);
                assertEquals(out.resolve("manifest.webmanifest").toUri(), file.toUri().resolve(icon.attr("data-manifest")), page);
                assertTrue(Files.isRegularFile(Path.of(file.toUri().resolve(icon.attr("href")))), page);
                assertNull(doc.selectFirst("link[rel=manifest]"), page);
            }
        }
        assertEquals(Set.of("index.html", "intro.html", "metrics.html", "case.html", "search.html", "glossary.html",
                "a-z.html", "cheatsheets/index.html", "cheatsheets/case.html", "cheatsheets/intro.html", "flashcards.html", "practice.html",
                "cheatsheets/metrics.html").stream().filter(p -> Files.exists(out.resolve(p))).collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
                linking, "the site's pages; not the single file, the print page or the 404 page (served at any address)");
        assertNull(Jsoup.parse(out.resolve("downloads/fixture-guide.html").toFile(), "UTF-8").selectFirst("link[data-manifest], link[rel=manifest]"));
        try (ZipFile epub = new ZipFile(out.resolve("downloads/fixture-guide.epub").toFile())) {
            assertTrue(epub.stream().noneMatch(e -> e.getName().endsWith(".webmanifest") || e.getName().endsWith("sw.js")));
            for (var entry : epub.stream().filter(e -> e.getName().endsWith(".xhtml")).toList()) {
                String xhtml = new String(epub.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertNull(Jsoup.parse(xhtml).selectFirst("link[data-manifest], link[rel=manifest], script"), entry.getName());
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePrecacheListsEveryFileWrittenWithTheHashOfItsBytes() throws Exception {
        byte[] listBytes = Files.readAllBytes(out.resolve("precache-manifest.json"));
        List<Map<String, Object>> files = (List<Map<String, Object>>) json("precache-manifest.json").get("files");
        Set<String> written = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(out)) {
            walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/')).forEach(written::add);
        }
        written.removeAll(Set.of("sw.js", "precache-manifest.json", ".guidebook-output"));
        assertEquals(written, files.stream().map(f -> (String) f.get("url")).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        assertTrue(written.containsAll(List.of("index.html", "search-index.js", "toc.js", "assets/guide.js", "manifest.webmanifest",
                "assets/icon-192.png", "downloads/fixture-guide.epub", "downloads/fixture-guide.html", "404.html")));
        for (Map<String, Object> f : files) {
            byte[] bytes = Files.readAllBytes(out.resolve((String) f.get("url")));
            assertEquals("sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    f.get("integrity"), (String) f.get("url"));
            assertEquals(bytes.length, ((Number) f.get("size")).intValue());
        }
        String worker = Files.readString(out.resolve("sw.js"));
        byte[] listHash = MessageDigest.getInstance("SHA-256").digest(listBytes);
        assertTrue(worker.contains("var MANIFEST_INTEGRITY = 'sha256-" + Base64.getEncoder().encodeToString(listHash) + "';"),
                "the worker checks the list it fetches");
        assertTrue(worker.contains("var VERSION = '" + HexFormat.of().formatHex(listHash).substring(0, 16) + "';"),
                "the cache is named by the list's hash");
    }

    @Test
    void aShortNameInGuideYmlIsTheAppsName() throws IOException {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        Path yml = repo.path("guide/guide.yml");
        Files.writeString(yml, Files.readString(yml).replace("name: fixture-guide", "name: fixture-guide\nshort-name: Fixture"));
        Path site = temp.resolve("short");
        assertEquals(0, repo.run("build", "--out", site.toString()).exitCode());
        Map<?, ?> manifest = new Json().toType(Files.readString(site.resolve("manifest.webmanifest")), Map.class);
        assertEquals("Fixture", manifest.get("short_name"));
    }

    @Test
    void initialsComeFromTheFirstTwoWords() {
        assertEquals("ML", AppIcons.initials("Machine Learning System Design"));
        assertEquals("G", AppIcons.initials("guide"));
        assertEquals("?", AppIcons.initials("— —"));
    }
}
