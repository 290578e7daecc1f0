package org.guidebook.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.guidebook.Guidebook;
import org.guidebook.diagram.DiagramStage;
import org.guidebook.model.Term;
import org.guidebook.support.FixtureRepo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The glossary as loaded and resolved, and the first mention of each term in a chapter linked to it. */
class GlossaryLinkingTest {
    @TempDir
    static Path temp;
    static Guidebook.Result result;

    @BeforeAll
    static void build() {
        FixtureRepo repo = FixtureRepo.of(temp, "search");
        result = new Guidebook(repo.root).run(new Guidebook.Options(null, false, DiagramStage.Progress.NONE));
    }

    static Document page(String name) {
        return Jsoup.parse(new String(result.output().generated(name), StandardCharsets.UTF_8));
    }

    static Term term(String id) {
        return result.book().glossary().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void termsAreReadInFileOrderWithAbbreviationsRenderedDefinitionsAndResolvedSeeLinks() {
        assertEquals(List.of("normalized-discounted-cumulative-gain", "latency-budget", "approximate-nearest-neighbor",
                "click-through-rate", "normalized-entropy", "learning-to-rank", "two-tower-model", "statistical-power"),
                result.book().glossary().stream().map(Term::id).toList());
        Term ne = term("normalized-entropy");
        assertEquals(List.of("NE", "normalized cross-entropy"), ne.abbreviations());
        assertEquals("Log loss divided by the entropy of the background click-through rate.",
                Jsoup.parseBodyFragment(ne.html()).text());
        assertEquals("guide/glossary.yml", ne.origin());
        assertEquals(16, ne.line());
        Term.See see = ne.seeAlso().get(0);
        assertEquals("ranking", see.chapterId());
        assertEquals("normalized-entropy", see.anchor());
    }

    @Test
    void theFirstMentionInEachChapterLinksToTheGlossaryAndLaterOnesDoNot() {
        Document ranking = page("ranking.html");
        List<Element> ctr = ranking.select("a.term[data-term=click-through-rate]");
        assertEquals(1, ctr.size(), "one link per term and chapter");
        assertEquals("CTR", ctr.get(0).text(), "the abbreviation in the body, not the heading before it");
        assertEquals("glossary.html#click-through-rate", ctr.get(0).attr("href"));
        assertEquals("normalized-entropy", ctr.get(0).closest("p").previousElementSibling().id(),
                "in the section after the heading \"Click-through rate prediction\", which is not linked");
        assertTrue(ranking.select("article p").stream().anyMatch(p -> p.text().contains("observed CTR") && p.select("a.term").isEmpty()),
                "the second CTR is plain text");

        Document metrics = page("metrics.html");
        assertEquals(1, metrics.select("a.term[data-term=normalized-discounted-cumulative-gain]").size());
        assertEquals("nDCG", metrics.selectFirst("a.term[data-term=normalized-discounted-cumulative-gain]").text());
        assertTrue(metrics.select("a.term[data-term=mean-reciprocal-rank]").isEmpty(),
                "MRR is not in this fixture's glossary, so it is not linked");
    }

    @Test
    void headingsCodeLinksAndDiagramsAreNeverLinked() {
        for (String name : List.of("intro.html", "metrics.html", "retrieval.html", "ranking.html", "escaping.html", "case.html")) {
            Document page = page(name);
            for (Element link : page.select("a.term")) {
                for (Element ancestor : link.parents()) {
                    assertTrue(!ancestor.normalName().matches("h[1-6]|a|code|pre|figure|svg|figcaption|summary"),
                            name + ": term link inside <" + ancestor.normalName() + ">: " + link.outerHtml());
                }
            }
        }
        Document intro = page("intro.html");
        Element ndcgLink = intro.selectFirst("a[href=metrics.html#ndcg]");
        assertEquals("nDCG in particular", ndcgLink.text());
        assertTrue(ndcgLink.select("a.term").isEmpty(), "no link inside a link");
        assertNull(page("metrics.html").selectFirst("h2 a.term"));
    }

    @Test
    void chapterPagesCarryTheDefinitionsOfTheTermsTheyLink() {
        Document ranking = page("ranking.html");
        List<String> linked = ranking.select("a.term").eachAttr("data-term");
        List<String> defined = ranking.select(".term-definitions[hidden] > .term-definition").eachAttr("data-term");
        assertEquals(linked, defined);
        assertEquals("click-through rate (CTR) Clicks divided by impressions.",
                ranking.selectFirst(".term-definition[data-term=click-through-rate]").text());
    }

    @Test
    void termMatcherFindsWholeWordsSpacesOrHyphensPluralsAndExactCaseAbbreviations() {
        TermMatcher matcher = new TermMatcher(List.of(term("approximate-nearest-neighbor"), term("click-through-rate"),
                term("normalized-entropy")));
        String text = "Ann tried ANNs: approximate nearest-neighbor search; click through rates; normalized cross-entropy;"
                + " cross-entropy alone; CANNED; NE.";
        List<String> found = matcher.findAll(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
        assertEquals(List.of("ANNs", "approximate nearest-neighbor", "click through rates", "normalized cross-entropy", "NE"),
                found);
    }
}
