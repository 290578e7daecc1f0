package org.guidebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.guidebook.support.FixtureRepo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes, the summary line, {@code check} writing nothing, and the output-folder safety rule. */
class CommandLineTest {
    @TempDir
    Path temp;

    @Test
    void buildWritesToDistByDefaultAndPrintsASummary() {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        FixtureRepo.Run run = repo.run("build");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(repo.path("dist/index.html")));
        assertTrue(run.out().matches("(?s)Built 3 chapters, 2 diagrams \\(2 rendered, 0 cached, [0-9.]+ s\\), \\d+ files \\([0-9.]+ KiB\\) in [0-9.]+ s.*"), run.out());
    }

    @Test
    void checkValidatesAndWritesNothing() {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        FixtureRepo.Run run = repo.run("check");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("OK: 3 chapters"), run.out());
        assertFalse(Files.exists(repo.path("dist")));
    }

    @Test
    void checkReportsTheSameProblemsAsBuild() {
        FixtureRepo repo = FixtureRepo.of(temp, "broken-anchor");
        FixtureRepo.Run run = repo.run("check");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("guide/part-a/metrics.md:7: link"), run.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        assertEquals(2, repo.run("build", "--no-such-option").exitCode());
        assertEquals(2, repo.run("frobnicate").exitCode());
    }

    @Test
    void refusesToReplaceAFolderItDidNotCreate() throws Exception {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        Path precious = temp.resolve("precious");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("notes.txt"), "mine");
        FixtureRepo.Run run = repo.run("build", "--out", precious.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("was not made by Guidebook"), run.err());
        assertEquals("mine", Files.readString(precious.resolve("notes.txt")));
    }

    @Test
    void rebuildReplacesItsOwnOutput() throws Exception {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        Path out = temp.resolve("out");
        assertEquals(0, repo.run("build", "--out", out.toString()).exitCode());
        Files.writeString(out.resolve("stale.html"), "old");
        assertEquals(0, repo.run("build", "--out", out.toString()).exitCode());
        assertFalse(Files.exists(out.resolve("stale.html")), "the output is replaced as a whole");
    }
}
