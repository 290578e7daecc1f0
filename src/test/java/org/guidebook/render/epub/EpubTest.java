package org.guidebook.render.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.guidebook.support.BuiltFixture;
import org.guidebook.support.EpubChecker;
import org.guidebook.support.FixtureRepo;
import org.guidebook.support.RealGuide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EPUB of the basic fixture and of the real guide, read as a reader would: W3C EPUBCheck, the zip's
 * raw bytes, the package and navigation documents, and every chapter parsed as strict XML.
 */
class EpubTest {
    static Path epub;
    static Map<String, byte[]> entries;
    static List<ZipEntry> zipEntries;
    static Document opf;

    @TempDir
    Path temp;

    @BeforeAll
    static void read() throws IOException {
        epub = BuiltFixture.output(null).resolve("downloads/fixture-guide.epub");
        entries = new LinkedHashMap<>();
        zipEntries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(epub))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                zipEntries.add(e);
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        opf = xml("EPUB/package.opf");
    }

    static Document xml(String path) {
        assertTrue(entries.containsKey(path), "in the EPUB: " + path);
        return Jsoup.parse(new String(entries.get(path), StandardCharsets.UTF_8), "", Parser.xmlParser());
    }

    @Test
    void epubCheckReportsNothingForTheFixture() {
        assertEquals(List.of(), EpubChecker.problems(epub));
    }

    @Test
    void epubCheckReportsNothingForTheRealGuide() throws IOException {
        Path file = temp.resolve("guide.epub");
        Files.write(file, RealGuide.bytes("downloads/ml-system-design-guide.epub"));
        assertEquals(List.of(), EpubChecker.problems(file));
    }

    /** EPUBCheck 5.3.0 accepts a compressed mimetype, so the container's first bytes are checked here. */
    @Test
    void mimetypeIsTheFirstEntryStoredWithoutExtraField() throws IOException {
        ByteBuffer zip = ByteBuffer.wrap(Files.readAllBytes(epub)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x04034b50, zip.getInt(0), "a local file header starts the file");
        assertEquals(0, zip.getShort(8), "compression method: stored");
        assertEquals(0, zip.getShort(6) & 0x0001, "not encrypted");
        int nameLength = zip.getShort(26);
        assertEquals(0, zip.getShort(28), "no extra field");
        assertEquals("mimetype", new String(zip.array(), 30, nameLength, StandardCharsets.US_ASCII));
        assertEquals(20, zip.getInt(18), "compressed size");
        assertEquals("application/epub+zip", new String(zip.array(), 30 + nameLength, 20, StandardCharsets.US_ASCII));
    }

    @Test
    void everyFileInTheZipIsInTheManifestAndEveryItemIsInTheZip() {
        List<String> manifest = opf.select("manifest > item").eachAttr("href").stream().map(h -> "EPUB/" + h).toList();
        for (String name : entries.keySet()) {
            if (name.equals("mimetype") || name.startsWith("META-INF/") || name.equals("EPUB/package.opf")) continue;
            assertTrue(manifest.contains(name), "listed in the manifest: " + name);
        }
        for (String href : manifest) assertTrue(entries.containsKey(href), "in the zip: " + href);
    }

    @Test
    void packageDocumentCarriesTheGuideMetadata() {
        Element metadata = opf.selectFirst("metadata");
        assertEquals("urn:uuid:7d1f4b0c-2a7e-4a39-9f43-0d1f8f0f0a01", metadata.selectFirst("dc|identifier").text());
        assertEquals("book-id", opf.selectFirst("package").attr("unique-identifier"));
        assertEquals(List.of("Fixture Guide", "A tiny guide for tests"), metadata.select("dc|title").eachText());
        assertEquals("subtitle", metadata.selectFirst("meta[refines=#subtitle][property=title-type]").text());
        assertEquals(List.of("Ada Tester"), metadata.select("dc|creator").eachText());
        assertEquals("en", metadata.selectFirst("dc|language").text());
        assertEquals("2026-01-15", metadata.selectFirst("dc|date").text());
        assertEquals(List.of("2026-01-15T00:00:00Z"), metadata.select("meta[property=dcterms:modified]").eachText(),
                "dcterms:modified exactly once, from guide.yml's date");
    }

    @Test
    void accessibilityMetadataDescribesWhatTheBookContains() {
        Element metadata = opf.selectFirst("metadata");
        assertEquals(List.of("textual", "visual"), metadata.select("meta[property=schema:accessMode]").eachText());
        assertEquals(List.of("textual", "textual,visual"), metadata.select("meta[property=schema:accessModeSufficient]").eachText());
        List<String> features = metadata.select("meta[property=schema:accessibilityFeature]").eachText();
        assertTrue(features.containsAll(List.of("tableOfContents", "structuralNavigation", "alternativeText")), features.toString());
        assertEquals(List.of("none"), metadata.select("meta[property=schema:accessibilityHazard]").eachText());
        String summary = metadata.selectFirst("meta[property=schema:accessibilitySummary]").text();
        assertTrue(summary.contains("3 chapters in 2 parts"), summary);
        assertTrue(summary.contains("2 diagrams"), summary);
        assertTrue(summary.contains("1 image has alternative text"), summary);
        assertTrue(summary.contains("All 1 tables have header cells") || summary.contains("tables have header cells"), summary);
    }

    @Test
    void navigationListsPartsThenChaptersThenSections() {
        Document nav = xml("EPUB/nav.xhtml");
        assertEquals(1, opf.select("manifest > item[properties~=nav]").size(), "exactly one nav document");
        Element toc = nav.selectFirst("nav[epub:type=toc]");
        assertNotNull(toc);
        List<Element> parts = toc.select("> ol > li");
        assertEquals(List.of("Basics", "Case studies", "Back matter"), parts.stream().map(p -> p.selectFirst("> span").text()).toList());
        assertEquals(List.of("text/intro.xhtml", "text/metrics.xhtml"), parts.get(0).select("> ol > li > a").eachAttr("href"));
        List<String> introSections = parts.get(0).select("> ol > li").get(0).select("> ol > li > a").eachAttr("href");
        assertEquals(List.of("text/intro.xhtml#why-it-matters", "text/intro.xhtml#why-it-matters-1",
                "text/intro.xhtml#check-yourself"), introSections);
        assertEquals(List.of("text/intro.xhtml#custom-id"),
                parts.get(0).select("> ol > li").get(0).select("> ol > li").get(1).select("> ol > li > a").eachAttr("href"),
                "h3 below its h2");
        assertNotNull(nav.selectFirst("nav[epub:type=landmarks] a[epub:type=bodymatter][href=text/intro.xhtml]"));
    }

    @Test
    void spineReadsCoverContentsThenChaptersInGuideOrder() {
        List<String> spine = opf.select("spine > itemref").eachAttr("idref");
        assertEquals(List.of("cover", "nav", "ch-intro", "ch-metrics", "ch-case", "ap-cheat-sheets", "ap-glossary", "ap-a-z"), spine);
        Element cover = opf.selectFirst("manifest > item[properties~=cover-image]");
        assertEquals("image/svg+xml", cover.attr("media-type"));
        Document svg = xml("EPUB/" + cover.attr("href"));
        assertTrue(svg.selectFirst("svg > title").text().startsWith("Cover: Fixture Guide — A tiny guide for tests, by Ada Tester"));
        assertTrue(svg.select("text").eachText().containsAll(List.of("Fixture Guide", "A tiny guide for tests",
                "Ada Tester", "Version 1.0")), svg.select("text").eachText().toString());
    }

    @Test
    void chaptersAreStrictXhtmlWithoutScriptsAndSvgItemsAreDeclared() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (Element item : opf.select("manifest > item[media-type=application/xhtml+xml]")) {
            byte[] bytes = entries.get("EPUB/" + item.attr("href"));
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)); // throws on anything not well-formed
            Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
            assertTrue(doc.select("script").isEmpty(), "no scripts: " + item.attr("href"));
            assertFalse(item.attr("properties").contains("scripted"));
            boolean hasSvg = doc.selectFirst("svg") != null;
            assertEquals(hasSvg, item.attr("properties").contains("svg"), "properties=svg iff inline SVG: " + item.attr("href"));
            assertNotNull(doc.selectFirst("link[rel=stylesheet][href$=book.css]"), "e-book stylesheet: " + item.attr("href"));
        }
    }

    @Test
    void diagramsAreOpaqueSvgWithTheirCaptionAsTextAlternative() {
        Document metrics = xml("EPUB/text/metrics.xhtml");
        Element figure = metrics.selectFirst("figure.diagram");
        Element svg = figure.selectFirst("svg");
        String caption = "Where metrics fit: offline metrics feed the launch decision";
        assertEquals(caption, figure.selectFirst("figcaption").text());
        assertEquals(caption, svg.attr("aria-label"));
        assertEquals("img", svg.attr("role"));
        assertEquals(caption, svg.child(0).text(), "title first");
        Element background = svg.child(1);
        assertEquals("rect", background.tagName());
        assertEquals("100%", background.attr("width"));
        assertEquals("#ffffff", background.attr("fill"));
        assertEquals("http://www.w3.org/2000/svg", svg.attr("xmlns"));
        assertTrue(svg.select("[style*=stroke]").isEmpty(), "strokes are attributes, which every reader honours");
        assertFalse(svg.select("[stroke]").isEmpty());
    }

    @Test
    void linksBetweenChaptersLeadToExistingFilesAndAnchors() {
        int checked = 0;
        for (Element item : opf.select("manifest > item[media-type=application/xhtml+xml]")) {
            String path = "EPUB/" + item.attr("href");
            String folder = path.substring(0, path.lastIndexOf('/') + 1);
            for (Element a : xml(path).select("a[href]")) {
                String href = a.attr("href");
                if (href.matches("^[a-z]+:.*")) continue;
                String file = href.startsWith("#") ? path : java.net.URI.create(folder).resolve(href.replaceFirst("#.*", "")).toString();
                String anchor = href.contains("#") ? href.substring(href.indexOf('#') + 1) : "";
                assertTrue(entries.containsKey(file), path + ": link to a missing file " + href);
                if (!anchor.isEmpty()) assertNotNull(xml(file).getElementById(anchor), path + ": missing anchor " + href);
                checked++;
            }
        }
        assertTrue(checked > 10, "links checked: " + checked);
        Document intro = xml("EPUB/text/intro.xhtml");
        assertNotNull(intro.selectFirst("a[href=metrics.xhtml#ndcg]"));
        assertNotNull(intro.selectFirst("a[href=case.xhtml#the-prompt]"));
        assertNotNull(intro.selectFirst("img[src=../images/img/pixel.png][alt=A small test picture]"));
    }

    @Test
    void answersAreShownAndNoHtmlOnlyEntityRemains() {
        String intro = new String(entries.get("EPUB/text/intro.xhtml"), StandardCharsets.UTF_8);
        Document doc = xml("EPUB/text/intro.xhtml");
        assertTrue(doc.select("details, summary").isEmpty(), "readers handle <details> poorly");
        assertEquals("Four.", doc.selectFirst("div.qa .answer").text());
        assertFalse(intro.matches("(?s).*&(?!(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);).*"),
                "only XML's own entities and character references");
    }

    @Test
    void zipEntriesCarryThePublicationDateAndComeInAStableOrder() {
        for (ZipEntry e : zipEntries) {
            assertEquals(LocalDateTime.of(2026, 1, 15, 0, 0), e.getTimeLocal(), e.getName());
        }
        List<String> names = zipEntries.stream().map(ZipEntry::getName).toList();
        assertEquals(List.of("mimetype", "META-INF/container.xml", "EPUB/package.opf"), names.subList(0, 3));
    }

    @Test
    void twoBuildsGiveByteIdenticalEpubs() throws IOException {
        Path out = temp.resolve("again");
        assertEquals(0, FixtureRepo.of(temp, null).run("build", "--out", out.toString()).exitCode());
        assertArrayEquals(Files.readAllBytes(epub), Files.readAllBytes(out.resolve("downloads/fixture-guide.epub")));
    }
}
