package org.guidebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.guidebook.diagram.DiagramStage;
import org.guidebook.problem.AuthorErrors;
import org.guidebook.support.FixtureRepo;
import org.guidebook.write.Output;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's pipeline reuses the parse and enrichment of unchanged chapters. Whatever it reused, its output
 * must be exactly a fresh build's, and a mistake must be reported however much was reused.
 */
class RepeatingBuildTest {
    @TempDir
    Path temp;

    private static final Guidebook.Options OPTIONS = new Guidebook.Options(null, true, DiagramStage.Progress.NONE);

    @Test
    void afterEditsTheRepeatingPipelineGivesAFreshBuildsBytes() throws Exception {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        Guidebook repeating = Guidebook.repeating(repo.root);
        repeating.run(OPTIONS);
        Path chapter = repo.path("guide/part-a/metrics.md");
        // A text edit (ids unchanged), then a heading edit (every chapter's links must be checked again).
        Files.writeString(chapter, Files.readString(chapter) + "\nOne more paragraph.\n");
        assertSameBytes(repeating.run(OPTIONS).output(), new Guidebook(repo.root).run(OPTIONS).output());
        Files.writeString(chapter, Files.readString(chapter) + "\n## A new section\n\nText.\n");
        assertSameBytes(repeating.run(OPTIONS).output(), new Guidebook(repo.root).run(OPTIONS).output());
    }

    @Test
    void aMistakeInAnEditedChapterIsReportedAfterReuse() throws Exception {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        Guidebook repeating = Guidebook.repeating(repo.root);
        repeating.run(OPTIONS);
        Path chapter = repo.path("guide/part-a/metrics.md");
        String good = Files.readString(chapter);
        Files.writeString(chapter, good + "\nSee [nothing](missing.md).\n");
        AuthorErrors first = assertThrows(AuthorErrors.class, () -> repeating.run(OPTIONS));
        assertTrue(first.problems().stream().anyMatch(p -> p.path().equals("guide/part-a/metrics.md") && p.line() > 0),
                first.problems().toString());
        // Nothing of the broken run is reused: the same mistake is reported again, and the fix clears it.
        assertEquals(first.problems(), assertThrows(AuthorErrors.class, () -> repeating.run(OPTIONS)).problems());
        Files.writeString(chapter, good);
        repeating.run(OPTIONS);
    }

    private static void assertSameBytes(Output a, Output b) {
        Map<String, Output.Entry> x = a.files(), y = b.files();
        assertEquals(y.keySet(), x.keySet());
        for (String path : x.keySet()) {
            assertTrue(Arrays.equals(x.get(path).bytes(), y.get(path).bytes()), path + " differs from a fresh build's");
        }
    }
}
