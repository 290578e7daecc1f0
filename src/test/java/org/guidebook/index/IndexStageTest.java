package org.guidebook.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.guidebook.Guidebook;
import org.guidebook.diagram.DiagramStage;
import org.guidebook.model.SearchRecord;
import org.guidebook.support.FixtureRepo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search records per section, the inverted index with its title flags, synonym groups and the A–Z term index. */
class IndexStageTest {
    @TempDir
    static Path temp;
    static BookIndex index;

    @BeforeAll
    static void build() {
        FixtureRepo repo = FixtureRepo.of(temp, "search");
        Guidebook.Result result = new Guidebook(repo.root).run(new Guidebook.Options(null, false, DiagramStage.Progress.NONE));
        index = new IndexStage().index(result.book());
    }

    static SearchRecord record(String url) {
        return index.search().records().stream().filter(r -> r.url().equals(url)).findFirst().orElseThrow();
    }

    static int recordIndex(String url) {
        return index.search().records().indexOf(record(url));
    }

    @Test
    void everyH2AndH3IsARecordWithItsChapterParentAndText() {
        SearchRecord quantization = record("retrieval.html#quantization");
        assertEquals("Retrieval", quantization.chapter());
        assertEquals("Quantization", quantization.section());
        assertEquals("Nearest neighbor indexes", quantization.parent(), "an h3 knows the h2 above it");
        assertEquals(3, quantization.level());
        assertEquals("Product quantization compresses each vector into a few bytes.", quantization.text());
        SearchRecord opening = record("retrieval.html");
        assertEquals(1, opening.level());
        assertEquals("Candidate generation narrows millions of items to hundreds. Retrieval runs before ranking and must"
                + " be cheap per item.", opening.text(), "the summary and the text before the first h2");
        SearchRecord glossary = record("glossary.html#normalized-entropy");
        assertEquals(IndexStage.GLOSSARY_LABEL, glossary.chapter());
        assertEquals("normalized entropy (NE, normalized cross-entropy)", glossary.section());
    }

    @Test
    void recordsFollowTheReadingOrderThenTheGlossary() {
        List<String> urls = index.search().records().stream().map(SearchRecord::url).toList();
        assertEquals("intro.html", urls.get(0));
        assertTrue(urls.indexOf("metrics.html#ndcg") < urls.indexOf("retrieval.html#two-tower-models"));
        assertTrue(urls.indexOf("case.html#the-prompt") < urls.indexOf("glossary.html#latency-budget"));
    }

    @Test
    void postingsSayWhereAWordOccurs() {
        var towers = index.search().words().get("tower");
        SearchIndex.Posting inTitle = towers.stream().filter(p -> p.record() == recordIndex("retrieval.html#two-tower-models"))
                .findFirst().orElseThrow();
        assertEquals(SearchIndex.IN_TITLE, inTitle.flags() & SearchIndex.IN_TITLE, "\"Two-tower models\" has it in the title");
        assertEquals(1, inTitle.flags() & SearchIndex.BODY_MASK, "and once in the body");
        assertTrue(index.search().words().get("retrieval").stream().noneMatch(p -> p.record() == recordIndex("retrieval.html#embeddings")),
                "a chapter title's words are not repeated for each section (the query code matches chapter titles)");
        assertFalse(index.search().words().containsKey("the"), "stopwords are not indexed");
        assertTrue(index.search().words().containsKey("ndcg"), "words are lower case");
    }

    @Test
    void glossaryTermsAndTheirAbbreviationsAreSynonymGroups() {
        assertTrue(index.search().synonyms().contains(List.of("approximate nearest neighbor", "ANN")));
        assertTrue(index.search().synonyms().contains(List.of("normalized entropy", "NE", "normalized cross-entropy")));
        assertTrue(index.search().synonyms().contains(List.of("learning to rank", "LTR")));
        assertFalse(index.search().synonyms().stream().anyMatch(g -> g.contains("latency budget")),
                "a term without abbreviations has no synonyms");
    }

    @Test
    void theTermIndexListsEverySectionThatMentionsATermWithTheExplainingOneMarked() {
        TermIndex.Entry ctr = index.terms().entries().stream().filter(e -> e.term().id().equals("click-through-rate"))
                .findFirst().orElseThrow();
        List<String> where = ctr.mentions().stream().map(m -> m.chapterId() + "#" + m.anchor() + (m.primary() ? "*" : "")).toList();
        assertEquals(List.of("ranking#click-through-rate-prediction*", "ranking#normalized-entropy", "ranking#calibration"), where);
    }

    @Test
    void tokensAreLowerCaseWithoutAccentsInEveryLocale() {
        assertEquals(List.of("istanbul", "cafe", "ndcg", "10", "two", "tower"), Tokens.all("İstanbul Café nDCG@10 two-tower"));
    }
}
