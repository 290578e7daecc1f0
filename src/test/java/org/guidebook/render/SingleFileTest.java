package org.guidebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.guidebook.support.BuiltFixture;
import org.guidebook.support.RealGuide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole guide in one HTML file, parsed: self-contained, in-page navigation, each diagram drawn once. */
class SingleFileTest {
    static Document single;

    @BeforeAll
    static void parse() throws IOException {
        single = Jsoup.parse(BuiltFixture.output(null).resolve("downloads/fixture-guide.html").toFile(), "UTF-8");
    }

    @Test
    void nothingIsLoadedFromOutsideTheFile() {
        assertTrue(single.select("link[href], script[src], iframe, object, embed, source, video, audio").isEmpty(),
                single.select("link[href], script[src]").toString());
        for (Element e : single.select("[src]")) assertTrue(e.attr("src").startsWith("data:"), e.toString());
        for (Element e : single.select("use")) assertTrue(e.attr("href").startsWith("#"), e.toString());
        assertEquals(1, single.select("style").size(), "the theme's CSS once");
        assertTrue(single.selectFirst("style").data().contains(".print-chapter"), "the theme's CSS is inline");
        assertEquals(5, single.select("script:not([src]):not([type])").size(),
                "theme.js in the head; guide.js, the search index, search.js and glossary.js at the end");
        assertEquals(List.of("text/plain"), single.select("script[type]").eachAttr("type"),
                "the study views' code, inert until a view opens");
        assertTrue(single.select("script").get(1).data().contains("theme-toggle"));
    }

    /**
     * The search index is inline exactly once, the same index as the site's {@code search-index.js}, before
     * {@code search.js}; the per-page snippet texts ({@code search/<page>.js}) are not (the script reads them
     * from the page: {@code data-one-page}); the search form goes nowhere and links no search page.
     */
    @Test
    void theSearchIndexIsInlineOnceAndTheSnippetTextsAreNot() throws IOException {
        Path site = BuiltFixture.output(null);
        List<Element> scripts = single.select("script");
        List<Element> indexes = scripts.stream().filter(s -> s.data().contains("window.GUIDEBOOK_SEARCH=")).toList();
        assertEquals(1, indexes.size(), "one copy of the index");
        assertEquals(Files.readString(site.resolve("search-index.js")), indexes.get(0).data(), "the site's index, whole");
        int searchJs = -1;
        for (int i = 0; i < scripts.size(); i++) if (scripts.get(i).data().contains("window.guidebookSearch =")) searchJs = i;
        assertEquals(scripts.indexOf(indexes.get(0)) + 1, searchJs, "search.js runs right after the index");
        assertTrue(scripts.stream().anyMatch(s -> s.data().contains("term-popover")), "glossary.js is inline");

        List<Path> texts;
        try (var files = Files.list(site.resolve("search"))) {
            texts = files.sorted().toList();
        }
        assertEquals(4, texts.size(), "the site has a text file per chapter and the glossary: " + texts);
        String html = single.outerHtml();
        for (Path text : texts) {
            String content = Files.readString(text);
            String record = content.substring(content.indexOf("=[") + 2, content.indexOf(",\n", content.indexOf("=[")));
            assertTrue(record.length() > 20, record);
            assertFalse(html.contains(record), "the texts of " + text.getFileName() + " are not inlined: " + record);
        }
        assertFalse(html.contains("GUIDEBOOK_SEARCH_TEXT="), "no text store is set up");
        assertTrue(single.body().hasAttr("data-one-page"), "search.js reads the texts from the page, links in the page");

        Element form = single.selectFirst("form#site-search");
        assertFalse(form.hasAttr("action"), "the form goes nowhere");
        for (String id : List.of("search-input", "search-panel", "search-results", "search-status", "search-open", "search-close")) {
            assertNotNull(form.ownerDocument().getElementById(id), id);
        }
        assertNull(single.getElementById("search-more"), "no \"All results\": the file has no search page");
        assertTrue(single.select("a[href*=search.html]").isEmpty());
    }

    @Test
    void everyLinkInsideTheBookIsAnInPageAnchorThatExists() {
        Set<String> ids = new HashSet<>();
        for (Element e : single.select("[id]")) assertTrue(ids.add(e.id()), "ids are unique: " + e.id());
        int anchors = 0;
        for (Element a : single.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("https:") || href.startsWith("http:") || href.startsWith("mailto:")) continue;
            if (href.startsWith("data:") && a.hasAttr("download")) continue; // a carried file (CarriedFilesTest)
            assertTrue(href.startsWith("#"), "in-page link: " + a);
            assertNotNull(single.getElementById(href.substring(1)), "anchor exists: " + href);
            anchors++;
        }
        assertTrue(anchors >= 20, "anchors: " + anchors);
        assertNotNull(single.selectFirst("a[href=#metrics--ndcg]"), "<chapter-id>--<heading-id>, as in print.html");
        assertNotNull(single.getElementById("intro--why-it-matters"));
    }

    @Test
    void contentsThenEveryChapterWithPreviousNextAndBackToTop() {
        assertEquals(List.of("#intro", "#metrics", "#case", "#cheat-sheets", "#glossary", "#a-z"), single.select("nav#contents a").eachAttr("href"));
        List<Element> articles = single.select("article.print-chapter");
        assertEquals(List.of("intro", "metrics", "case", "cheat-sheets", "glossary", "a-z"), articles.stream().map(Element::id).toList());
        Element metrics = articles.get(1);
        assertEquals("#intro", metrics.selectFirst(".pager a[rel=prev]").attr("href"));
        assertEquals("#case", metrics.selectFirst(".pager a[rel=next]").attr("href"));
        assertEquals("#top", metrics.selectFirst(".pager a.pager-top").attr("href"));
        assertNull(articles.get(0).selectFirst(".pager a[rel=prev]"));
        assertNull(articles.get(articles.size() - 1).selectFirst(".pager a[rel=next]"), "the last article has no next");
        assertEquals("top", single.body().id());
        assertNotNull(single.selectFirst("#theme-toggle"));
    }

    @Test
    void imagesAreInlineAsDataUris() {
        Element img = single.selectFirst("#intro img");
        assertTrue(img.attr("src").startsWith("data:image/png;base64,"), img.attr("src"));
        assertEquals("A small test picture", img.attr("alt"));
    }

    @Test
    void aDiagramPlacedTwiceIsDrawnOnceAndReusedWithUse() throws IOException {
        Document doc = Jsoup.parse(BuiltFixture.output("repeated-diagram").resolve("downloads/fixture-guide.html").toFile(), "UTF-8");
        List<Element> figures = doc.select("figure.diagram");
        assertEquals(3, figures.size());
        Element first = doc.selectFirst("#metrics figure.diagram svg");
        Element again = doc.select("#case figure.diagram svg").last();
        assertFalse(first.select("path, rect, polygon, text").isEmpty(), "the first placement is drawn");
        assertTrue(again.select("path, rect, polygon, text").isEmpty(), "the second placement draws nothing itself");
        assertEquals("#" + first.id(), again.selectFirst("use").attr("href"));
        assertEquals("Where metrics fit, again on the cheat sheet", again.attr("aria-label"));
        assertEquals(first.attr("viewBox"), again.attr("viewBox"));
    }

    /** The budget is checked here on the real guide; the figures themselves go in docs/benchmarks.md. */
    @Test
    void theRealGuideFitsAnEmailAttachment() throws IOException {
        byte[] html = RealGuide.bytes("downloads/ml-system-design-guide.html");
        assertTrue(html.length < 5_000_000, "under 5 MB: " + html.length);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(html);
        }
        assertTrue(gz.size() < html.length / 3, "compresses well: " + gz.size());
        Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        int diagrams = RealGuide.result().diagrams();
        assertEquals(diagrams, doc.select("figure.diagram svg").size());
        Set<String> drawings = new HashSet<>();
        for (Element svg : doc.select("figure.diagram svg")) {
            if (svg.selectFirst("use") == null) assertTrue(drawings.add(svg.id()), "drawn once: " + svg.id());
        }
    }
}
