package org.guidebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.guidebook.support.FixtureRepo;
import org.guidebook.support.TreeHash;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture folder with an {@code expected-errors.txt} is a broken guide: the build must print exactly
 * those {@code path:line: message} lines (each expected line is a prefix of one printed line), exit 1, print
 * no stack trace, and leave the previous output byte for byte as it was.
 */
class BadInputTest {
    @TempDir
    Path temp;

    static Stream<String> brokenFixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(FixtureRepo.FIXTURES)) {
            return dirs.filter(d -> Files.exists(d.resolve("expected-errors.txt")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFixtures")
    void reportsEachMistakeOnOneLineAndKeepsThePreviousOutput(String fixture) throws IOException {
        Path out = temp.resolve("dist");
        FixtureRepo good = FixtureRepo.of(temp, null);
        assertEquals(0, good.run("build", "--out", out.toString()).exitCode(), "the basic fixture builds");
        String before = TreeHash.of(out);

        FixtureRepo broken = FixtureRepo.of(temp, fixture);
        Files.deleteIfExists(broken.path("expected-errors.txt"));
        FixtureRepo.Run run = broken.run("build", "--out", out.toString());

        List<String> expected = Files.readAllLines(FixtureRepo.FIXTURES.resolve(fixture).resolve("expected-errors.txt"))
                .stream().filter(l -> !l.isBlank()).toList();
        List<String> printed = run.errorLines();
        assertEquals(1, run.exitCode(), "exit code for author errors; stderr:\n" + run.err());
        assertEquals(expected.size(), printed.size(), "one line per problem; stderr:\n" + run.err());
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(printed.get(i).startsWith(expected.get(i)), "expected a line starting with\n  " + expected.get(i)
                    + "\nbut got\n  " + printed.get(i));
            assertTrue(printed.get(i).contains(" — "), "each message says how to fix it: " + printed.get(i));
        }
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace:\n" + run.err());
        assertEquals(before, TreeHash.of(out), "the previous output is untouched");
    }
}
