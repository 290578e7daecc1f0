package org.guidebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.guidebook.support.FixtureRepo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/** The glossary, A–Z index and search pages, the search box on every page and the index scripts, parsed. */
class GlossaryAndSearchPagesTest {
    @TempDir
    static Path temp;
    static Path out;

    @BeforeAll
    static void build() {
        out = temp.resolve("site");
        FixtureRepo.Run run = FixtureRepo.of(temp, "search").run("build", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    static Document page(Path site, String name) throws IOException {
        return Jsoup.parse(site.resolve(name).toFile(), "UTF-8");
    }

    @Test
    void theGlossaryListsTermsAToZWithAnAnchorEachAndAbbreviationsAsCrossReferences() throws IOException {
        Document glossary = page(out, "glossary.html");
        assertEquals(List.of("A", "C", "D", "L", "N", "P", "S", "T"), glossary.select("section > h2").eachText());
        assertEquals(glossary.select("section > h2").eachAttr("id").stream().map(id -> "#" + id).toList(),
                glossary.select("nav.letter-nav a").eachAttr("href"));
        Element ne = glossary.getElementById("normalized-entropy");
        assertEquals("normalized entropy (NE, normalized cross-entropy)", ne.text());
        Element definition = ne.nextElementSibling();
        assertTrue(definition.text().startsWith("Log loss divided by the entropy"), definition.text());
        assertEquals("ranking.html#normalized-entropy", definition.selectFirst(".glossary-see a").attr("href"));
        assertEquals("Ranking › Normalized entropy", definition.selectFirst(".glossary-see a").text());
        Element ann = glossary.select("dt.glossary-alias").stream().filter(dt -> dt.text().equals("ANN")).findFirst().orElseThrow();
        assertEquals("#approximate-nearest-neighbor", ann.nextElementSibling().selectFirst("a").attr("href"));
        assertEquals(List.of("nDCG", "NE", "normalized cross-entropy", "normalized discounted cumulative gain (nDCG)",
                "normalized entropy (NE, normalized cross-entropy)"), glossary.select("section").get(4).select("dt").eachText(),
                "sorted without regard to case");
    }

    @Test
    void theAToZIndexLinksEveryTermToTheSectionsThatMentionIt() throws IOException {
        Document az = page(out, "a-z.html");
        Element ctr = az.select("li.az-entry").stream().filter(li -> li.selectFirst(".az-term").text().equals("click-through rate"))
                .findFirst().orElseThrow();
        assertEquals("glossary.html#click-through-rate", ctr.selectFirst("a.az-term").attr("href"));
        assertEquals(List.of("ranking.html#click-through-rate-prediction", "ranking.html#normalized-entropy", "ranking.html#calibration"),
                ctr.select(".az-mentions a").eachAttr("href"));
        assertEquals("Click-through rate prediction", ctr.selectFirst(".az-mentions a.az-primary strong").text(),
                "the section the glossary names is marked");
        Element alias = az.select("li.az-entry").stream().filter(li -> li.text().startsWith("CTR")).findFirst().orElseThrow();
        assertEquals("CTR, see click-through rate", alias.text());
        for (Element link : az.select(".az-mentions a")) {
            String[] parts = link.attr("href").split("#");
            Document target = page(out, parts[0]);
            if (parts.length > 1) assertNotNull(target.getElementById(parts[1]), "anchor exists: " + link.attr("href"));
        }
    }

    @Test
    void everyPageHasTheSearchBoxAndTheReferenceLinks() throws IOException {
        for (String name : List.of("index.html", "intro.html", "ranking.html", "search.html", "glossary.html", "a-z.html")) {
            Document page = page(out, name);
            Element form = page.getElementById("site-search");
            assertNotNull(form, name);
            assertEquals("search", form.attr("role"));
            assertEquals("search.html", form.attr("action"), "works without script: submits to the search page");
            assertEquals("q", page.getElementById("search-input").attr("name"));
            assertNotNull(page.selectFirst("label[for=search-input]"), name + " labels the box");
            assertTrue(page.select("script[src]").eachAttr("src").contains("assets/search.js"), name);
            assertEquals(List.of("search.html", "glossary.html", "a-z.html", "flashcards.html"),
                    page.select("footer .footer-links a").eachAttr("href"), "and the flashcards: intro has questions");
        }
        Document search = page(out, "search.html");
        assertEquals("search.html", search.selectFirst("form.search-page-form").attr("action"));
        assertEquals("q", search.getElementById("search-page-input").attr("name"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theIndexScriptsDecodeToTheRecordsAndWords() throws IOException {
        Map<String, Object> index = json(Files.readString(out.resolve("search-index.js")), "window.GUIDEBOOK_SEARCH=");
        List<List<Object>> pages = (List<List<Object>>) index.get("c");
        List<List<String>> records = ((String) index.get("r")).lines().map(line -> List.of(line.split("\t", -1))).toList();
        List<String> words = List.of(((String) index.get("w")).split(" "));
        List<String> postings = List.of(((String) index.get("p")).split(" "));
        assertEquals(words.size(), postings.size());
        assertEquals(words.stream().sorted().toList(), words, "sorted for binary search");
        int tower = words.indexOf("tower");
        List<String> titles = new ArrayList<>();
        for (int[] posting : decode(postings.get(tower))) titles.add(records.get(posting[0]).get(1));
        assertEquals(List.of("Two-tower models", "Towers and pairs", "two-tower model (dual encoder)"), titles);

        int ranking = pages.stream().map(p -> p.get(0)).toList().indexOf("ranking.html");
        Map<String, Object> texts = json(Files.readString(out.resolve("search/ranking.js")),
                "(window.GUIDEBOOK_SEARCH_TEXT=window.GUIDEBOOK_SEARCH_TEXT||{})[\"ranking.html\"]=", "{\"t\":", "}");
        List<String> rankingTexts = (List<String>) texts.get("t");
        int first = ((Number) pages.get(ranking).get(2)).intValue();
        assertEquals(List.of("", "Ranking", "1"), records.get(first), "a chapter's opening: no anchor, level 1");
        assertEquals("Normalized entropy", records.get(first + 2).get(1));
        assertEquals("The log loss divided by the entropy of the background CTR. Lower is better.", rankingTexts.get(2));
        String escaping = Files.readString(out.resolve("search/escaping.js"));
        assertFalse(escaping.contains("<"), "no markup can close the script early: " + escaping);
    }

    @Test
    void aGuideWithoutAGlossaryBuildsWithoutGlossaryPagesOrLinks() throws IOException {
        Path site = temp.resolve("plain");
        FixtureRepo.Run run = FixtureRepo.of(temp, "no-glossary").run("build", "--out", site.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.exists(site.resolve("glossary.html")));
        assertFalse(Files.exists(site.resolve("a-z.html")));
        assertTrue(Files.exists(site.resolve("search.html")));
        Document metrics = page(site, "metrics.html");
        assertNull(metrics.selectFirst("a.term"));
        assertNull(metrics.selectFirst(".term-definitions"));
        assertEquals(List.of("search.html", "flashcards.html"), metrics.select("footer .footer-links a").eachAttr("href"));
    }

    /** Each posting as {record, flags}, decoding the base-64 VLQ digits documented in SearchIndexScript. */
    static List<int[]> decode(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        List<int[]> out = new ArrayList<>();
        int record = -1;
        for (int pos = 0; pos < text.length();) {
            int value = 0, shift = 0, digit;
            do {
                digit = alphabet.indexOf(text.charAt(pos++));
                value |= (digit & 31) << shift;
                shift += 5;
            } while ((digit & 32) != 0);
            record += value >> 3;
            out.add(new int[] {record, value & 7});
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String script, String prefix, String... wrap) {
        assertTrue(script.startsWith(prefix), script.substring(0, 80));
        String body = script.substring(prefix.length(), script.lastIndexOf(';'));
        if (wrap.length == 2) body = wrap[0] + body + wrap[1];
        return new Json().toType(body, Map.class);
    }
}
