package org.guidebook.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SluggerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "ROC-AUC vs PR-AUC | roc-auc-vs-pr-auc",
            "Precision@k and recall@k | precisionk-and-recallk",
            "nDCG (with its discount) | ndcg-with-its-discount",
            "What is 2 + 2? | what-is-2--2",
            "snake_case stays | snake_case-stays",
            "Café à la carte | café-à-la-carte",
            "Step 1: clarify | step-1-clarify"})
    void followsTheGitHostRules(String heading, String slug) {
        assertEquals(slug, Slugger.slug(heading));
    }

    @Test
    void repeatedHeadingsGetNumberedSuffixes() {
        Slugger slugger = new Slugger();
        assertEquals("metrics", slugger.unique("Metrics"));
        assertEquals("metrics-1", slugger.unique("Metrics"));
        assertEquals("metrics-2", slugger.unique("Metrics"));
    }

    @Test
    void reservedExplicitIdsAreSkippedByGeneratedSlugs() {
        Slugger slugger = new Slugger();
        slugger.reserve("data");
        assertEquals("data-1", slugger.unique("Data"));
    }

    @Test
    void turkishDefaultLocaleDoesNotChangeSlugs() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("istanbul-index", Slugger.slug("ISTANBUL INDEX"));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
