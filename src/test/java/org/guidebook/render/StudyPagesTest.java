package org.guidebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.guidebook.support.BuiltFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The study pages as the build writes them, parsed: the flashcards are exactly the chapters' check-yourself
 * questions with ids made of the chapter id and the heading id; each chapter with questions links its deck;
 * the practice page has the plan from guide.yml's {@code practice:} and the prompts of the prompts chapter and
 * the case studies, each with the cheat sheet to check an answer against; the single file holds the same
 * features as in-page sections with inert code; the EPUB is unchanged (its questions as before, no script, no link).
 */
class StudyPagesTest {
    static Path site;

    @BeforeAll
    static void build() {
        site = BuiltFixture.output("study");
    }

    private static Document page(String name) throws IOException {
        return Jsoup.parse(site.resolve(name).toFile(), "UTF-8");
    }

    @Test
    void everyCheckYourselfQuestionIsACardWithAStableId() throws IOException {
        Document deck = page("flashcards.html");
        List<String> expected = new ArrayList<>();
        List<String> expectedText = new ArrayList<>();
        for (String chapter : List.of("framework", "intro", "metrics", "case", "prompts")) {
            for (Element qa : page(chapter + ".html").select("details.qa")) {
                Element h3 = qa.selectFirst("summary h3");
                expected.add(chapter + "#" + h3.id());
                expectedText.add(h3.text() + " | " + qa.selectFirst(".answer").text());
            }
        }
        assertEquals(List.of("framework#what-comes-first", "framework#why-wrap-up-with-trade-offs",
                "intro#what-is-two-plus-two", "intro#which-link-goes-to-the-case-study"), expected);
        assertEquals(expected, deck.select("details.qa").eachAttr("data-card"));
        assertEquals(expectedText, deck.select("details.qa").stream()
                .map(qa -> qa.selectFirst("summary").text() + " | " + qa.selectFirst(".answer").text()).toList());
        assertEquals("Why wrap up with <em>trade-offs</em>?",
                deck.selectFirst("details[data-card=framework#why-wrap-up-with-trade-offs] summary").html(), "inline markup kept");
        assertEquals(List.of("framework", "intro"), deck.select("[data-deck-chapter]").eachAttr("data-deck-chapter"));
        assertEquals(List.of("The framework", "Basics"), deck.select("[data-deck-chapter]").eachAttr("data-part"));
        assertEquals(List.of("framework.html#design"),
                deck.select("details[data-card=framework#why-wrap-up-with-trade-offs] .answer a").eachAttr("href"),
                "an in-chapter link points into its chapter from the deck");
        assertEquals(List.of("assets/srs.js", "assets/study.js"), deck.select("script[src^=assets/s]").eachAttr("src")
                .stream().filter(s -> !s.endsWith("search.js")).toList());
    }

    @Test
    void eachChapterWithQuestionsLinksItsDeckAndOnlyThoseDo() throws IOException {
        Document deck = page("flashcards.html");
        for (String chapter : List.of("framework", "intro")) {
            Document doc = page(chapter + ".html");
            Element link = doc.selectFirst(".review-cards a");
            assertNotNull(link, chapter);
            assertEquals("Review this chapter's cards", link.text());
            assertEquals("flashcards.html#deck-" + chapter, link.attr("href"));
            assertNotNull(deck.getElementById("deck-" + chapter), "the deck's anchor exists");
            Element heading = doc.getElementById("check-yourself");
            assertEquals(link.parent(), heading.nextElementSibling(), "right below the check-yourself heading");
        }
        for (String chapter : List.of("metrics", "case", "prompts")) {
            assertNull(page(chapter + ".html").selectFirst(".review-cards"), chapter);
        }
        Document home = page("index.html");
        assertTrue(home.select(".home-links a").eachAttr("href").containsAll(List.of("flashcards.html", "practice.html")));
        assertTrue(page("intro.html").select(".footer-links a").eachAttr("href").containsAll(List.of("flashcards.html", "practice.html")));
        assertNotNull(home.getElementById("reading-progress"), "the home page has the progress box");
        assertTrue(home.getElementById("reading-progress").hasAttr("hidden"), "hidden until the reader has progress");
        assertEquals("urn:uuid:7d1f4b0c-2a7e-4a39-9f43-0d1f8f0f0a01", home.body().attr("data-guide"));
        assertFalse(page("intro.html").select("script[src]").eachAttr("src").stream().anyMatch(s -> s.contains("study")),
                "chapters load no study script");
    }

    @Test
    void thePracticePageHasThePlanAndThePrompts() throws IOException {
        Document practice = page("practice.html");
        Element app = practice.getElementById("practice-app");
        assertEquals("6", app.attr("data-minutes"), "2 + 3 + 1 minutes");
        List<Element> steps = practice.select("#practice-steps > li");
        assertEquals(List.of("0–2 min Clarify requirements", "2–5 min Design the system", "5–6 min Wrap-up"),
                steps.stream().map(Element::text).toList());
        assertEquals(List.of("0", "2", "5"), steps.stream().map(s -> s.attr("data-from")).toList());
        assertEquals(List.of("framework.html#clarify", "framework.html#design"), practice.select("#practice-steps a").eachAttr("href"));
        assertEquals(List.of("Ranking", "Other"), practice.select("#practice-prompt optgroup").eachAttr("label"));
        List<Element> options = practice.select("#practice-prompt option");
        assertEquals(List.of("Design a tiny system.", "Design a ranking page for a small shop.", "Design a spelling checker."),
                options.stream().map(Element::text).toList());
        assertEquals(List.of("cheatsheets/case.html", "cheatsheets/metrics.html", "cheatsheets/framework.html"),
                options.stream().map(o -> o.attr("data-sheet")).toList(),
                "the case study's sheet, else the sheet of the first chapter it links that has one, else the framework's");
        assertEquals(List.of("the label and the latency budget.", "nDCG or MRR, and why.",
                "a dictionary first, a model only when it beats it."), options.stream().map(o -> o.attr("data-decide")).toList());
        for (Element o : options) assertTrue(Files.exists(site.resolve(o.attr("data-sheet"))), o.attr("data-sheet"));
        assertEquals(List.of("assets/study.js"), practice.select("script[src=assets/study.js], script[src=assets/srs.js]").eachAttr("src"));
    }

    @Test
    void aGuideWithoutAPracticeBlockHasNoPracticePage() {
        Path basic = BuiltFixture.output(null);
        assertTrue(Files.exists(basic.resolve("flashcards.html")), "it has questions");
        assertFalse(Files.exists(basic.resolve("practice.html")));
    }

    @Test
    void theSingleFileHoldsTheStudyViewsAsSectionsWithInertCode() throws IOException {
        Document single = Jsoup.parse(site.resolve("downloads/fixture-guide.html").toFile(), "UTF-8");
        assertNotNull(single.selectFirst("main > section#flashcards"));
        assertNotNull(single.selectFirst("main > section#practice"));
        assertEquals(List.of("#flashcards", "#practice"), single.select(".study-links a").eachAttr("href"));
        Element code = single.selectFirst("script#study-code");
        assertEquals("text/plain", code.attr("type"), "a data block: not run when the file opens");
        assertTrue(code.data().contains("GuidebookSrs") && code.data().contains("GuidebookStudy"), "srs.js and study.js");
        List<Element> links = single.select("article .review-cards a");
        assertEquals(List.of("framework", "intro"), links.stream().map(a -> a.closest("article").id()).toList());
        for (Element a : links) assertEquals("#flashcards", a.attr("href"));
        assertEquals(4, single.select("article details.qa").size(), "the cards are the chapters' own questions, not a copy");
        assertEquals(List.of("#framework--clarify", "#framework--design"), single.select("#practice-steps a").eachAttr("href"));
        for (Element o : single.select("#practice-prompt option")) {
            assertNotNull(single.getElementById(o.attr("data-sheet").substring(1)), o.attr("data-sheet"));
        }
        assertEquals("#case--cheat-sheet", single.selectFirst("#practice-prompt option").attr("data-sheet"));
    }

    @Test
    void theEpubKeepsItsQuestionsAndGetsNoStudyFeature() throws IOException {
        try (ZipFile epub = new ZipFile(site.resolve("downloads/fixture-guide.epub").toFile())) {
            int questions = 0;
            for (ZipEntry entry : java.util.Collections.list(epub.entries())) {
                if (!entry.getName().endsWith(".xhtml")) continue;
                String xhtml = new String(epub.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                Document doc = Jsoup.parse(xhtml, "", Parser.xmlParser());
                questions += doc.select(".qa .answer").size(); // the EPUB shows answers open (XhtmlChapter)
                assertTrue(doc.select(".review-cards, .read-mark, #reading-progress, script").isEmpty(), entry.getName());
            }
            assertEquals(4, questions);
        }
    }
}
