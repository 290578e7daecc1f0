package org.guidebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.guidebook.support.FixtureRepo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code guidebook new case-study NAME}: the chapter has every section of the case-study structure, it is
 * listed under the case-study part with the rest of {@code guide.yml} (comments included) untouched, and the
 * guide builds with it, cheat sheet and all.
 */
class NewCaseStudyTest {
    /** The case-study structure of the writing guide, in order. */
    static final List<String> SECTIONS = List.of("The prompt", "Clarify requirements", "Frame it as an ML task", "Data",
            "Features", "Model", "Evaluation", "Serving", "Monitoring and iteration", "Pitfalls and trade-offs",
            "Follow-up questions", "Cheat sheet", "Check yourself", "Further reading");

    @TempDir
    Path temp;

    private FixtureRepo repoWithCommentedToc() throws IOException {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        Path toc = repo.path("guide/guide.yml");
        String text = Files.readString(toc).replace("parts:\n", "# The reading order.\nparts:\n")
                .replace("      - case.md\n", "      - case.md   # the first case study\n");
        Files.writeString(toc, text + "# end of the contents\n");
        return repo;
    }

    @Test
    void createsAChapterWithEverySectionListsItAndTheGuideBuilds() throws IOException {
        FixtureRepo repo = repoWithCommentedToc();
        List<String> before = Files.readAllLines(repo.path("guide/guide.yml"));
        FixtureRepo.Run run = repo.run("new", "case-study", "fraud-detection");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(repo.path("guide/case-studies/fraud-detection.md")));
        assertTrue(Files.isRegularFile(repo.path("diagrams/fraud-detection-serving.puml")));
        assertTrue(Files.isRegularFile(repo.path("diagrams/fraud-detection-sheet.puml")));

        List<String> after = Files.readAllLines(repo.path("guide/guide.yml"));
        List<String> expected = new ArrayList<>(before);
        expected.add(expected.indexOf("      - case.md   # the first case study") + 1, "      - case-studies/fraud-detection.md");
        assertEquals(expected, after, "one line added under the case-study part; everything else, comments too, kept");

        Path out = temp.resolve("site");
        FixtureRepo.Run build = repo.run("build", "--out", out.toString());
        assertEquals(0, build.exitCode(), build.err());
        Document chapter = Jsoup.parse(out.resolve("fraud-detection.html").toFile(), "UTF-8");
        assertEquals("Fraud detection", chapter.selectFirst("h1").text());
        assertNotNull(chapter.selectFirst(".chapter-prompt"), "a case study with a prompt");
        assertEquals(SECTIONS, chapter.select("article h2").eachText().stream().map(t -> t.replaceFirst("#$", "")).toList());
        assertEquals(5, chapter.select("details.qa").size(), "check-yourself skeleton: five questions with answers");
        assertEquals(2, chapter.select("figure.diagram svg").size(), "serving diagram and cheat-sheet diagram");

        Document sheet = Jsoup.parse(out.resolve("cheatsheets/fraud-detection.html").toFile(), "UTF-8");
        assertEquals(List.of("Requirements", "Framing", "Data & features", "Model", "Metrics", "Serving", "Pitfalls"),
                sheet.select(".sheet .box-title").eachText());
        assertNotNull(sheet.selectFirst(".sheet .box-wide svg"), "the sheet's diagram sits in its Serving box");
    }

    @Test
    void neverOverwritesAndChangesNothingWhenTheNameIsTaken() throws IOException {
        FixtureRepo repo = repoWithCommentedToc();
        assertEquals(0, repo.run("new", "case-study", "fraud-detection").exitCode());
        String toc = Files.readString(repo.path("guide/guide.yml"));
        Files.writeString(repo.path("guide/case-studies/fraud-detection.md"), "mine");
        FixtureRepo.Run again = repo.run("new", "case-study", "fraud-detection");
        assertEquals(1, again.exitCode());
        assertTrue(again.err().startsWith("guide/case-studies/fraud-detection.md: already exists — "), again.err());
        assertEquals("mine", Files.readString(repo.path("guide/case-studies/fraud-detection.md")));
        assertEquals(toc, Files.readString(repo.path("guide/guide.yml")));
    }

    @Test
    void wrongKindOrNameIsAUsageError() throws IOException {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        FixtureRepo.Run kind = repo.run("new", "concept", "tokenizers");
        assertEquals(2, kind.exitCode());
        assertTrue(kind.err().contains("the only kind is case-study"), kind.err());
        FixtureRepo.Run name = repo.run("new", "case-study", "Fraud Detection");
        assertEquals(2, name.exitCode());
        assertTrue(name.err().contains("lower-case letters, digits and hyphens"), name.err());
        assertFalse(Files.exists(repo.path("guide/case-studies")));
    }

    @Test
    void aGuideWithoutACaseStudyPartIsToldWhatToAdd() throws IOException {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        Path toc = repo.path("guide/guide.yml");
        Files.writeString(toc, Files.readString(toc).replace("  - title: Case studies\n    chapters:\n      - case.md\n", "")
                .replace("      - part-a/metrics.md\n", "      - part-a/metrics.md\n      - case.md\n"));
        assertEquals(0, repo.run("check").exitCode(), "the edited fixture is still a valid guide");
        FixtureRepo.Run run = repo.run("new", "case-study", "fraud-detection");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("guide/guide.yml: has no case-study part — add a part"), run.err());
        assertFalse(Files.exists(repo.path("guide/case-studies/fraud-detection.md")), "nothing written");
    }
}
