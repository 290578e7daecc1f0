package org.guidebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.guidebook.support.FixtureRepo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the basic fixture once and checks the site by parsing it, page by page. */
class SiteTest {
    @TempDir
    static Path temp;
    static Path out;

    @BeforeAll
    static void build() {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        out = temp.resolve("site");
        FixtureRepo.Run run = repo.run("build", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Built 3 chapters"), run.out());
    }

    static Document page(String name) throws IOException {
        return Jsoup.parse(out.resolve(name).toFile(), "UTF-8");
    }

    @Test
    void homeListsPartsAndCardsInGuideOrder() throws IOException {
        Document home = page("index.html");
        assertEquals("Fixture Guide", home.selectFirst("h1").text());
        List<String> parts = home.select("section.part > h3").eachText();
        assertEquals(List.of("Basics", "Case studies"), parts);
        List<String> cards = home.select(".card a").eachAttr("href");
        assertEquals(List.of("intro.html", "metrics.html", "case.html"), cards);
        assertEquals("What this fixture guide is about.", home.selectFirst(".card .card-summary").text());
        assertEquals("Prompt: Design a tiny system.", home.select(".card").get(2).selectFirst(".card-prompt").text());
    }

    @Test
    void tableOfContentsIsOneScriptInReadingOrder() throws IOException {
        String toc = Files.readString(out.resolve("toc.js"));
        Matcher m = Pattern.compile("\\[\"([a-z-]+)\",").matcher(toc);
        List<String> ids = m.results().map(r -> r.group(1)).toList();
        assertEquals(List.of("intro", "metrics", "case"), ids);
        Document chapter = page("metrics.html");
        assertTrue(chapter.select("script[src]").eachAttr("src").contains("toc.js"));
        assertNull(chapter.selectFirst("#sidebar a[href=case.html]"), "the sidebar is not repeated in each page");
        assertNotNull(chapter.selectFirst("#sidebar a[href=index.html#contents]"), "no-script fallback to the contents");
    }

    @Test
    void previousAndNextFollowTheReadingOrder() throws IOException {
        assertNull(page("intro.html").selectFirst(".pager-prev"));
        assertEquals("metrics.html", page("intro.html").selectFirst(".pager-next").attr("href"));
        assertEquals("intro.html", page("metrics.html").selectFirst(".pager-prev").attr("href"));
        assertEquals("case.html", page("metrics.html").selectFirst(".pager-next").attr("href"));
        assertNull(page("case.html").selectFirst(".pager-next"));
    }

    @Test
    void linksToChaptersAreRewrittenToPages() throws IOException {
        Document intro = page("intro.html");
        List<String> hrefs = intro.select("article a[href]").not(".heading-anchor, .footnote-ref, .footnote-backref").eachAttr("href");
        assertTrue(hrefs.contains("metrics.html"), hrefs.toString());
        assertTrue(hrefs.contains("metrics.html#ndcg"), hrefs.toString());
        assertTrue(hrefs.contains("case.html#the-prompt"), hrefs.toString());
        assertTrue(hrefs.contains("#why-it-matters"), hrefs.toString());
        assertTrue(page("metrics.html").select("a[href=intro.html#why-it-matters-1]").size() == 1);
        for (String href : hrefs) assertFalse(href.endsWith(".md") || href.contains(".md#"), href);
    }

    @Test
    void headingIdsAreGitHostSlugsAndUnique() throws IOException {
        Document intro = page("intro.html");
        List<String> ids = intro.select("article h2, article h3").eachAttr("id");
        assertEquals(List.of("why-it-matters", "why-it-matters-1", "custom-id", "check-yourself",
                "what-is-two-plus-two", "which-link-goes-to-the-case-study"), ids);
        assertEquals("Istanbul Index", intro.selectFirst("#custom-id").ownText().strip(), "explicit {#id} removed from text");
        assertEquals(List.of("#why-it-matters", "#why-it-matters-1", "#custom-id", "#check-yourself"),
                intro.select("nav.outline a").eachAttr("href"), "outline lists h2 and h3 but not the questions");
    }

    @Test
    void alertsBecomeCalloutsWithVisibleTitles() throws IOException {
        Document intro = page("intro.html");
        Element tip = intro.selectFirst(".callout-tip");
        assertNotNull(tip);
        assertEquals("note", tip.attr("role"));
        assertEquals("Interview tip", tip.selectFirst(".callout-title").text());
        assertEquals("Say the latency budget out loud.", tip.select("p").get(1).text());
        assertEquals("Pitfall", intro.selectFirst(".callout-warning .callout-title").text());
        assertTrue(intro.select("blockquote").isEmpty());
        assertFalse(intro.text().contains("[!TIP]"));
    }

    @Test
    void checkYourselfAnswersAreCollapsed() throws IOException {
        Document intro = page("intro.html");
        var questions = intro.select("details.qa");
        assertEquals(2, questions.size());
        assertEquals("What is two plus two?", questions.get(0).selectFirst("summary h3").text());
        assertEquals("Four.", questions.get(0).selectFirst(".answer").text());
        assertFalse(questions.get(0).hasAttr("open"));
        assertNull(questions.get(1).selectFirst(".footnotes"), "footnotes stay outside the last answer");
    }

    @Test
    void markdownExtensionsRender() throws IOException {
        Document intro = page("intro.html");
        assertNotNull(intro.selectFirst("article del"));
        assertEquals(List.of("Done:", "To do:"), intro.select("li.task-list-item .task-mark").eachAttr("aria-label"));
        assertTrue(intro.select("article input").isEmpty(), "no form controls in the book");
        assertNotNull(intro.selectFirst("pre code.language-python"));
        assertNotNull(intro.selectFirst(".footnotes li#fn-1"));
        Element wrap = intro.selectFirst("div.table-wrap");
        assertNotNull(wrap);
        assertEquals("0", wrap.attr("tabindex"));
        assertNotNull(wrap.selectFirst("table thead th"));
    }

    @Test
    void imagesAreCopiedNextToThePages() throws IOException {
        Element img = page("intro.html").selectFirst("article img");
        assertEquals("images/img/pixel.png", img.attr("src"));
        assertEquals("A small test picture", img.attr("alt"));
        assertTrue(Files.isRegularFile(out.resolve("images/img/pixel.png")));
    }

    @Test
    void diagramsAreInlineAccessibleFigures() throws IOException {
        Element figure = page("metrics.html").selectFirst("figure.diagram");
        assertNotNull(figure);
        Element svg = figure.selectFirst("svg");
        assertEquals("img", svg.attr("role"));
        assertEquals("Where metrics fit: offline metrics feed the launch decision", svg.attr("aria-label"));
        assertEquals("Where metrics fit: offline metrics feed the launch decision", figure.selectFirst("figcaption").text());
        assertNotNull(page("case.html").selectFirst("figure.diagram svg"), "fenced plantuml block rendered");
    }

    @Test
    void everyUrlIsRelativeAndNothingLoadsFromAnotherOrigin() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                for (Element e : doc.select("[src], link[href], [href]")) {
                    String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                    if (url.startsWith("data:")) continue; // inline content (the single file's images), not a request
                    assertFalse(url.startsWith("/") || url.matches("^[a-z]+:.*"), file.getFileName() + ": " + e);
                }
            }
        }
    }

    @Test
    void printPageHoldsTheWholeBookWithInPageLinks() throws IOException {
        Document print = page("print.html");
        assertEquals(List.of("intro", "metrics", "case", "cheat-sheets", "glossary", "a-z"), print.select("article.print-chapter").eachAttr("id"),
                "chapters, then the cheat sheets, the glossary and the A–Z index as back matter");
        assertNotNull(print.selectFirst("article#intro a.term[href^=#glossary--]"), "term links point into the glossary");
        assertNotNull(print.getElementById("intro--why-it-matters"));
        assertNotNull(print.selectFirst("a[href=#metrics--ndcg]"));
        assertNotNull(print.selectFirst("a[href=#metrics]"));
        assertNull(print.selectFirst("#sidebar"), "no navigation chrome");
        for (Element a : print.select("a[href^=#]")) {
            String id = a.attr("href").substring(1);
            if (!id.isEmpty()) assertNotNull(print.getElementById(id), "in-page anchor exists: " + id);
        }
    }

    @Test
    void homeLinksTheDownloadsWithTheirSizes() throws IOException {
        Document home = page("index.html");
        List<Element> links = home.select(".downloads li");
        assertEquals(List.of("downloads/fixture-guide-cheatsheets-a4.pdf", "downloads/fixture-guide-cheatsheets-letter.pdf",
                "downloads/fixture-guide.epub", "downloads/fixture-guide.html"),
                home.select(".downloads li a").eachAttr("href"));
        for (Element li : links) {
            Path file = out.resolve(li.selectFirst("a").attr("href"));
            assertTrue(Files.isRegularFile(file), file.toString());
            long bytes = Files.size(file);
            String size = li.selectFirst(".download-size").text();
            assertEquals("(" + Downloads.size(bytes) + ")", size);
            assertTrue(size.matches("\\((\\d+ kB|\\d+\\.\\d MB)\\)"), size);
        }
    }

    @Test
    void notFoundPageIsSelfContained() throws IOException {
        Document notFound = page("404.html");
        assertTrue(notFound.select("link[rel=stylesheet], script[src]").isEmpty());
        assertFalse(notFound.selectFirst("style").data().isBlank());
    }
}
