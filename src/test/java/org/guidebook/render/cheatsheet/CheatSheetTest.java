package org.guidebook.render.cheatsheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guidebook.support.FixtureRepo;
import org.guidebook.support.PdfPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the basic fixture (two chapters with a {@code ## Cheat sheet}: the case study, with a diagram in its
 * Serving box, and the metrics chapter, without a prompt) and checks the sheets by parsing the output: the
 * site pages, the index, the home page's downloads and the two PDF booklets.
 */
class CheatSheetTest {
    @TempDir
    static Path temp;
    static Path out;

    @BeforeAll
    static void build() {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        out = temp.resolve("site");
        FixtureRepo.Run run = repo.run("build", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    static Document page(String name) throws IOException {
        return Jsoup.parse(out.resolve(name).toFile(), "UTF-8");
    }

    static Element cheatSheetSection(Document chapter) {
        Element section = new Element("div");
        Element h2 = chapter.selectFirst("h2#cheat-sheet");
        for (Element e = h2.nextElementSibling(); e != null && !e.is("h2"); e = e.nextElementSibling()) section.appendChild(e.clone());
        return section;
    }

    @Test
    void aSheetIsTheChaptersCheatSheetSectionWithItsBoxesInOrder() throws IOException {
        Document sheet = page("cheatsheets/case.html");
        assertEquals("A case study", sheet.selectFirst(".sheet .sheet-title").text());
        assertEquals("Prompt: Design a tiny system.", sheet.selectFirst(".sheet .sheet-prompt").text());
        assertEquals(List.of("Requirements", "Model", "Serving"), sheet.select(".sheet .box-title").eachText());
        Element source = cheatSheetSection(page("case.html"));
        assertEquals(source.select("li").eachText(), sheet.select(".sheet li").eachText(),
                "the same bullets as the chapter's section, from the same Markdown");
        assertEquals("Design a tiny system.", page("case.html").selectFirst(".chapter-prompt").ownText().strip(),
                "the section also stays on the chapter page");
        assertNotNull(page("case.html").selectFirst("h2#cheat-sheet"));
    }

    @Test
    void theChapterPageLinksItsSheetBelowTheCheatSheetHeading() throws IOException {
        Element heading = page("case.html").selectFirst("h2#cheat-sheet");
        assertEquals("cheatsheets/case.html", heading.nextElementSibling().selectFirst("a").attr("href"));
        assertNull(page("intro.html").selectFirst("a[href^=cheatsheets/]"), "no sheet, no link");
        assertNull(Jsoup.parse(out.resolve("print.html").toFile(), "UTF-8").selectFirst("a[href^=cheatsheets/]"),
                "the whole-book print page has no sheet pages to link");
    }

    @Test
    void aChapterWithoutAPromptShowsItsSummary() throws IOException {
        Document sheet = page("cheatsheets/metrics.html");
        assertEquals("Ranking metrics in one page.", sheet.selectFirst(".sheet .sheet-prompt").text());
        assertEquals(List.of("Offline", "Online"), sheet.select(".sheet .box-title").eachText());
        assertFalse(Files.exists(out.resolve("cheatsheets/intro.html")), "a chapter without the section has no sheet");
    }

    @Test
    void onlyADiagramPlacedInTheSectionAppearsOnTheSheet() throws IOException {
        Document caseSheet = page("cheatsheets/case.html");
        Element svg = caseSheet.selectFirst(".sheet .box-wide figure.diagram svg");
        assertNotNull(svg, "the Serving box's diagram spans the sheet");
        assertEquals("Request path of the tiny system", svg.attr("aria-label"), "accessible name kept");
        assertNull(caseSheet.selectFirst(".sheet figcaption"), "no visible caption on paper");
        assertNotNull(page("metrics.html").selectFirst("figure.diagram svg"), "the metrics chapter has a diagram …");
        assertNull(page("cheatsheets/metrics.html").selectFirst(".sheet svg"), "… outside its cheat sheet, so none here");
    }

    @Test
    void diagramsPrintAtTheirSheetScale() throws IOException {
        Element chapterSvg = page("case.html").selectFirst("figure.diagram svg");
        Element sheetSvg = page("cheatsheets/case.html").selectFirst(".sheet svg");
        double ratio = Double.parseDouble(sheetSvg.attr("width")) / Double.parseDouble(chapterSvg.attr("width"));
        assertEquals(SheetDiagrams.SCALE, ratio, 0.01);
        assertEquals(chapterSvg.attr("viewBox"), sheetSvg.attr("viewBox"), "the drawing itself is unchanged");
    }

    @Test
    void idsAreUniqueAndLinksWorkFromTheSheetsFolder() throws IOException {
        for (String name : List.of("cheatsheets/case.html", "cheatsheets/metrics.html")) {
            Document sheet = page(name);
            Set<String> ids = new HashSet<>();
            for (Element e : sheet.select("[id]")) assertTrue(ids.add(e.id()), name + ": duplicate id " + e.id());
            for (Element a : sheet.select(".sheet a[href]")) {
                String href = a.attr("href");
                String file = href.replaceFirst("#.*", "");
                assertTrue(Files.isRegularFile(out.resolve("cheatsheets").resolve(file).normalize()), name + ": " + href);
                String anchor = href.contains("#") ? href.substring(href.indexOf('#') + 1) : "";
                if (!anchor.isEmpty()) {
                    assertNotNull(Jsoup.parse(out.resolve("cheatsheets").resolve(file).normalize().toFile(), "UTF-8")
                            .getElementById(anchor), name + ": anchor of " + href);
                }
            }
        }
        assertEquals("../metrics.html#ndcg", page("cheatsheets/case.html").selectFirst(".sheet a:not(.term)").attr("href"));
        assertEquals("../metrics.html#mrr", page("cheatsheets/metrics.html").selectFirst(".sheet a:not(.term)").attr("href"),
                "an in-chapter link points back to the chapter");
    }

    @Test
    void boxesShareRowsOfTwoColumnsUnlessTheyNeedTheWidth() throws IOException {
        Element sheet = page("cheatsheets/case.html").selectFirst(".sheet");
        assertEquals(List.of("Requirements"), sheet.select(".sheet-col-left .box-title").eachText());
        assertEquals(List.of("Model"), sheet.select(".sheet-col-right .box-title").eachText());
        assertEquals(List.of("Serving"), sheet.select(".box-wide .box-title").eachText());
    }

    @Test
    void indexListsEverySheetAndTheHomePageOffersBothBookletsWithTheirSizes() throws IOException {
        Document index = page("cheatsheets/index.html");
        assertEquals(List.of("metrics.html", "case.html"), index.select(".card a").eachAttr("href"));
        Document home = page("index.html");
        assertEquals("cheatsheets/index.html", home.selectFirst(".home-links a[href^=cheatsheets]").attr("href"));
        List<Element> downloads = home.select(".download-list li:has(a[href$=.pdf])"); // other renderers add other downloads
        assertEquals(2, downloads.size());
        Pattern size = Pattern.compile("\\((\\d+) kB\\)");
        for (Element li : downloads) {
            Path file = out.resolve(li.selectFirst("a").attr("href"));
            assertTrue(Files.isRegularFile(file), file.toString());
            Matcher m = size.matcher(li.selectFirst(".download-size").text());
            assertTrue(m.matches(), li.text());
            assertEquals(Math.round(Files.size(file) / 1000.0), Long.parseLong(m.group(1)), li.text());
        }
        List<String> booklets = List.of("downloads/fixture-guide-cheatsheets-a4.pdf", "downloads/fixture-guide-cheatsheets-letter.pdf");
        assertEquals(booklets, downloads.stream().map(li -> li.selectFirst("a").attr("href")).toList());
        assertEquals(List.of("Cheat sheets, one per page, A4 paper (PDF)", "Cheat sheets, one per page, US Letter paper (PDF)"),
                downloads.stream().map(li -> li.text().replaceFirst(".* — ", "")).toList());
        assertEquals(booklets.stream().map(h -> "../" + h).toList(), index.select(".download-list a").eachAttr("href"),
                "the index offers the booklets, and nothing else");
    }

    @Test
    void bookletsHaveOneSheetPerPageOnTheirPaper() throws IOException {
        for (String paper : List.of("a4", "letter")) {
            try (PdfPages pdf = PdfPages.of(Files.readAllBytes(out.resolve("downloads/fixture-guide-cheatsheets-" + paper + ".pdf")))) {
                assertEquals(2, pdf.count(), paper);
                double[] expected = paper.equals("a4") ? new double[] {210, 297} : new double[] {215.9, 279.4};
                for (int i = 0; i < pdf.count(); i++) assertArrayEquals(expected, pdf.sizeMm(i), 0.2, paper + " page " + i);
                assertTrue(pdf.text(0).startsWith("Cheat sheet"), pdf.text(0));
                assertTrue(pdf.text(0).contains("Metrics") && pdf.text(0).contains("nDCG@k for graded relevance"), pdf.text(0));
                assertTrue(pdf.text(1).contains("A case study") && pdf.text(1).contains("Prompt: Design a tiny system."), pdf.text(1));
                assertTrue(pdf.text(1).contains("one replica"), pdf.text(1));
            }
        }
    }

    @Test
    void bookletsEmbedTheirFontsAndPrintNothingBelowEightPoints() throws IOException {
        try (PdfPages pdf = PdfPages.of(Files.readAllBytes(out.resolve("downloads/fixture-guide-cheatsheets-a4.pdf")))) {
            for (String font : pdf.fonts()) {
                assertFalse(font.contains("not embedded"), font);
                assertTrue(font.matches("[A-Z]{6}\\+(LiberationSans|LiberationSans-Bold|LiberationMono|DejaVuSans)"), font);
            }
            for (int i = 0; i < pdf.count(); i++) {
                for (PdfPages.Glyph glyph : pdf.glyphs(i)) assertTrue(glyph.sizePt() >= 7.95, "page " + i + ": " + glyph);
            }
        }
    }

    @Test
    void bookletsAreTheSameBytesOnEveryBuild() throws IOException {
        FixtureRepo again = FixtureRepo.of(temp, null);
        Path second = temp.resolve("elsewhere/site");
        assertEquals(0, again.run("build", "--no-cache", "--out", second.toString()).exitCode());
        for (String paper : List.of("a4", "letter")) {
            String file = "downloads/fixture-guide-cheatsheets-" + paper + ".pdf";
            assertArrayEquals(Files.readAllBytes(out.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
    }

    @Test
    void bookletMetadataIsFixed() throws IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(out.resolve("downloads/fixture-guide-cheatsheets-letter.pdf")))) {
            var info = document.getDocumentInformation();
            assertEquals("Fixture Guide: cheat sheets (US Letter)", info.getTitle());
            assertEquals("Ada Tester", info.getAuthor());
            var created = info.getCreationDate();
            created.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
            assertEquals("2026-01-15", String.format(java.util.Locale.ROOT, "%tF", created), "the guide's date, not the clock");
            assertNotNull(document.getDocument().getDocumentID());
        }
    }
}
