package org.guidebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.guidebook.model.Chapter;
import org.guidebook.model.Section;
import org.guidebook.support.RealGuide;
import org.guidebook.support.FixtureRepo;
import org.guidebook.support.PdfPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project's own guide builds without a problem and follows the structure the writing guide asks for. */
class RealGuideTest {
    static Guidebook.Result result;

    @BeforeAll
    static void build() {
        result = RealGuide.result();
    }

    private static Document page(Chapter chapter) {
        return Jsoup.parse(new String(result.output().generated(chapter.page()), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void everyChapterIsListedAndEveryDiagramRenders() {
        assertTrue(result.book().chapters().size() >= 30, "chapters: " + result.book().chapters().size());
        int placed = result.book().chapters().stream().mapToInt(c -> c.diagrams().size()).sum();
        assertEquals(result.diagrams(), placed, "every diagram reference became an SVG");
        for (Chapter chapter : result.book().chapters()) {
            for (var d : chapter.diagrams()) assertTrue(d.svg().startsWith("<svg"), d.id());
        }
    }

    @Test
    void caseStudiesFollowTheCaseStudyStructure() {
        List<Chapter> caseStudies = result.book().chapters().stream().filter(c -> c.frontMatter().isCaseStudy()).toList();
        assertTrue(caseStudies.size() >= 15, "case studies: " + caseStudies.size());
        for (Chapter chapter : caseStudies) {
            List<String> h2 = chapter.sections().stream().filter(s -> s.level() == 2).map(Section::title).toList();
            for (String required : List.of("Cheat sheet", "Check yourself", "Further reading")) {
                assertTrue(h2.contains(required), chapter.id() + " has ## " + required + ": " + h2);
            }
            Document page = page(chapter);
            int questions = page.select("details.qa").size();
            assertTrue(questions >= 5 && questions <= 8, chapter.id() + " has 5–8 questions: " + questions);
            assertNotNull(page.selectFirst("figure.diagram svg"), chapter.id() + " has an architecture diagram");
            assertNotNull(page.selectFirst("table"), chapter.id() + " has a trade-offs table");
            assertFalse(chapter.frontMatter().prompt().isBlank());
        }
    }

    @Test
    void everyCheatSheetFitsOnePageOfBothBookletsWithHeadroom() {
        List<Chapter> withSheet = result.book().chapters().stream()
                .filter(c -> c.sections().stream().anyMatch(s -> s.level() == 2 && s.title().equals("Cheat sheet"))).toList();
        assertEquals(16, withSheet.size(), "15 case studies and the interview framework");
        for (String paper : List.of("a4", "letter")) {
            byte[] bytes = result.output().generated("downloads/" + result.book().meta().name() + "-cheatsheets-" + paper + ".pdf");
            assertNotNull(bytes, paper);
            try (PdfPages pdf = PdfPages.of(bytes)) {
                assertEquals(withSheet.size(), pdf.count(), paper + ": one page per sheet");
                for (int i = 0; i < pdf.count(); i++) {
                    String label = paper + " page " + (i + 1) + " (" + withSheet.get(i).id() + ")";
                    assertTrue(pdf.text(i).contains(withSheet.get(i).title()), label);
                    double[] size = pdf.sizeMm(i);
                    double[] ink = pdf.inkBoxMm(i);
                    assertTrue(ink[0] >= 9.5 && ink[1] >= 9.5 && ink[2] <= size[0] - 9.5, label + ": ink inside the margins");
                    double used = (ink[3] - 10) / (size[1] - 20);
                    assertTrue(used <= 0.95, label + ": uses " + Math.round(used * 100) + " % of the page area's height");
                }
            }
        }
    }

    @Test
    void conceptChaptersHaveTipsPitfallsAndQuestions() {
        for (Chapter chapter : result.book().chapters()) {
            if (!chapter.source().startsWith("guide/concepts/")) continue;
            Document page = page(chapter);
            assertNotNull(page.selectFirst(".callout-tip"), chapter.id() + " has an interview tip");
            assertNotNull(page.selectFirst(".callout-warning"), chapter.id() + " has a pitfall");
            int questions = page.select("details.qa").size();
            assertTrue(questions >= 5 && questions <= 8, chapter.id() + " has 5–8 questions: " + questions);
        }
    }
}
