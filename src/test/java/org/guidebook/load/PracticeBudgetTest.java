package org.guidebook.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.guidebook.model.Book;
import org.guidebook.model.Practice;
import org.guidebook.problem.Problems;
import org.guidebook.support.FixtureRepo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * guide.yml's {@code practice:} block, read by the load stage: a valid block becomes the plan, step by step;
 * each kind of mistake is one {@code guide/guide.yml:line: … — …} problem at the line that holds it. (The
 * {@code practice-budget-invalid} fixture checks the same through the CLI, and that a failed build keeps the
 * previous output; a {@code section:} the framework chapter lacks is checked once ids exist, below.)
 */
class PracticeBudgetTest {
    @TempDir
    Path temp;

    private static final String HEAD = """
            title: Fixture Guide
            parts:
              - title: Basics
                chapters:
                  - part-a/intro.md
                  - part-a/metrics.md
              - title: Case studies
                chapters:
                  - case.md
            """;

    private Problems load(String practice, Book[] book) {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        repo.write("guide/guide.yml", HEAD + practice);
        Problems problems = new Problems();
        book[0] = new GuideLoader(new SourceTree(repo.root)).load(problems);
        return problems;
    }

    @Test
    void aValidBlockIsThePlan() {
        Book[] book = new Book[1];
        Problems problems = load("""
                practice:
                  framework: part-a/intro.md
                  prompts: case.md
                  steps:
                    - {step: Clarify, minutes: 5, section: why-it-matters}
                    - step: Design
                      minutes: 40
                """, book);
        assertEquals(List.of(), problems.sorted());
        Practice practice = book[0].meta().practice();
        assertEquals("guide/part-a/intro.md", practice.framework());
        assertEquals("guide/case.md", practice.prompts());
        assertEquals(List.of(new Practice.Step("Clarify", 5, "why-it-matters", 14), new Practice.Step("Design", 40, "", 15)),
                practice.steps());
        assertEquals(45, practice.minutes());
    }

    @Test
    void noBlockNoPlan() {
        Book[] book = new Book[1];
        assertEquals(List.of(), load("", book).sorted());
        assertNull(book[0].meta().practice());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not a mapping       | practice: 45                                                            | guide/guide.yml:10: `practice:` must be a mapping of `framework:`, `prompts:` and `steps:`
            no framework        | practice:\\n  steps:\\n    - {step: A, minutes: 1}                      | guide/guide.yml:11: `practice:` has no `framework:` — name the chapter that explains the steps
            unlisted framework  | practice:\\n  framework: other.md\\n  steps:\\n    - {step: A, minutes: 1} | guide/guide.yml:11: `practice: framework: other.md` is not a chapter listed under `parts:`
            no steps            | practice:\\n  framework: case.md                                        | guide/guide.yml:11: `practice:` needs `steps:`
            empty steps         | practice:\\n  framework: case.md\\n  steps: []                          | guide/guide.yml:12: `practice:` needs `steps:`
            step not a mapping  | practice:\\n  framework: case.md\\n  steps:\\n    - Clarify               | guide/guide.yml:13: a practice step must be a mapping like `{step: Clarify requirements, minutes: 5}`
            minutes missing     | practice:\\n  framework: case.md\\n  steps:\\n    - {step: A}             | guide/guide.yml:13: a practice step has no `minutes:`
            minutes not a number| practice:\\n  framework: case.md\\n  steps:\\n    - {step: A, minutes: 4.5} | guide/guide.yml:13: `minutes: 4.5` is not a whole number of minutes from 1 to 180
            minutes too many    | practice:\\n  framework: case.md\\n  steps:\\n    - {step: A, minutes: 2700} | guide/guide.yml:13: `minutes: 2700` is not a whole number of minutes from 1 to 180
            title missing       | practice:\\n  framework: case.md\\n  steps:\\n    - {minutes: 3}          | guide/guide.yml:13: a practice step has no `step`
            unknown step key    | practice:\\n  framework: case.md\\n  steps:\\n    - {step: A, minutes: 3, min: 2} | guide/guide.yml:13: unknown key `min` in a practice step — use one of: minutes, section, step
            """)
    void eachMistakeIsOneLineAtItsPlace(String what, String practice, String expected) {
        Book[] book = new Book[1];
        List<String> lines = load(practice.replace("\\n", "\n") + "\n", book).sorted().stream()
                .map(p -> p.path() + ":" + p.line() + ": " + p.message()).toList();
        assertEquals(1, lines.size(), what + ": " + lines);
        assertEquals(true, lines.get(0).startsWith(expected), what + ":\n  " + lines.get(0) + "\nexpected a line starting with\n  " + expected);
        assertEquals(true, lines.get(0).contains(" — "), "says what to do: " + lines.get(0));
    }

    @Test
    void aSectionTheFrameworkChapterLacksIsReportedAtItsStep() {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        repo.write("guide/guide.yml", HEAD + """
                practice:
                  framework: part-a/intro.md
                  steps:
                    - {step: Clarify, minutes: 5, section: why-it-matters}
                    - {step: Design, minutes: 5, section: no-such-heading}
                """);
        FixtureRepo.Run run = repo.run("check");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of("guide/guide.yml:14: practice step \"Design\": guide/part-a/intro.md has no heading with id"
                + " `no-such-heading` — check the heading's slug (lower-case, spaces to -, punctuation dropped)"), run.errorLines());
    }
}
