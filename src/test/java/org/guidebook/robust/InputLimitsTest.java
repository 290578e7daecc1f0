package org.guidebook.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.guidebook.Guidebook;
import org.guidebook.diagram.DiagramStage;
import org.guidebook.problem.AuthorErrors;
import org.guidebook.problem.Problem;
import org.guidebook.support.FixtureRepo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reader of author files is total: for each input class of docs/robustness.md (degenerate YAML, a
 * wrong type at a key, hostile YAML, control characters, huge files and lines, deep nesting of every kind)
 * the build stops with a problem at the right {@code path:line}, one line with its fix, within a bounded
 * time — never another exception. Generated here rather than stored as fixtures: some are megabytes.
 */
class InputLimitsTest {
    private static final String GUIDE = "guide/guide.yml";
    private static final String GLOSSARY = "guide/glossary.yml";
    private static final String CASE = "guide/case.md";
    private static final String FLOW = "diagrams/flow.puml";

    @TempDir
    Path temp;

    private static Arguments replace(String name, String file, String from, String to, String where, String says) {
        return Arguments.of(name, file, (UnaryOperator<String>) s -> {
            if (!s.contains(from)) throw new AssertionError(file + " has no " + from);
            return s.replace(from, to);
        }, where, says);
    }

    private static Arguments whole(String name, String file, String content, String where, String says) {
        return Arguments.of(name, file, (UnaryOperator<String>) s -> content, where, says);
    }

    private static Arguments append(String name, String file, String more, String where, String says) {
        return Arguments.of(name, file, (UnaryOperator<String>) s -> s + more, where, says);
    }

    static Stream<Arguments> inputs() {
        String laughs = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n";
        return Stream.of(
                whole("empty guide.yml", GUIDE, "", GUIDE + ":1", "guide.yml has no `title`"),
                whole("blank guide.yml", GUIDE, " \n   \n\n", GUIDE + ":1", "guide.yml has no `title`"),
                whole("guide.yml is a list", GUIDE, "- a\n- b\n", GUIDE + ":1", "guide.yml must be a mapping"),
                whole("guide.yml is a scalar", GUIDE, "just words\n", GUIDE + ":1", "guide.yml must be a mapping"),
                replace("title is a list", GUIDE, "title: Fixture Guide", "title: [a, b]", GUIDE + ":1", "`title` must be a single value"),
                replace("title is a mapping", GUIDE, "title: Fixture Guide", "title: {a: b}", GUIDE + ":1", "`title` must be a single value"),
                replace("authors is a mapping", GUIDE, "authors: [Ada Tester]", "authors: {a: b}", GUIDE + ":3", "`authors` must be a list"),
                replace("authors holds a list", GUIDE, "authors: [Ada Tester]", "authors: [[a]]", GUIDE + ":3", "items of `authors` must be plain text"),
                replace("parts is a mapping", GUIDE, "parts:\n", "parts: {a: 1}\nx:\n", GUIDE + ":10", "`parts:` must be a list"),
                replace("a part is a number", GUIDE, "  - title: Case studies\n", "  - 5\n  - title: Case studies\n", GUIDE + ":15", "a part must be a mapping"),
                replace("chapters is null", GUIDE, "    chapters:\n      - case.md", "    chapters:", GUIDE + ":15", "part `Case studies` needs `chapters:`"),
                replace("a chapter entry is a mapping", GUIDE, "      - case.md", "      - case.md\n      - {a: b}", GUIDE + ":18", "a chapter entry must be a file path"),
                replace("date is a number", GUIDE, "date: \"2026-01-15\"", "date: 20260115", GUIDE + ":6", "`date: 20260115` is not a date"),
                append("billion laughs", GUIDE, laughs, GUIDE + ":1", "YAML could not be read: Number of aliases for non-scalar nodes exceeds"),
                replace("a tag names a Java type", GUIDE, "title: Fixture Guide", "title: !!java.net.URL [\"http://x\"]", GUIDE + ":1", "malformed YAML: Global tag is not allowed: tag:yaml.org,2002:java.net.URL"),
                replace("a tag names a Python type", GUIDE, "title: Fixture Guide", "title: !!python/object:os.system x", GUIDE + ":1", "malformed YAML: Global tag is not allowed: tag:yaml.org,2002:python/object:os.system"),
                replace("a local tag", GUIDE, "title: Fixture Guide", "title: !secret x", GUIDE + ":1", "YAML tag `!secret` is not supported"),
                replace("a node contains itself", GUIDE, "authors: [Ada Tester]", "authors: &a [*a]", GUIDE + ":3", "YAML"),
                append("YAML nested 100 deep", GUIDE, "x: " + "[".repeat(100) + "]".repeat(100) + "\n", GUIDE + ":1", "YAML could not be read: Nesting Depth exceeded"),
                whole("empty front matter", CASE, "---\n---\nText.\n", CASE + ":2", "front matter has no `summary`"),
                whole("front matter is a list", CASE, "---\n- a\n---\nText.\n", CASE + ":2", "front matter must be a mapping"),
                replace("tags is a mapping", "guide/part-a/intro.md", "tags: [intro]", "tags: {a: 1}", "guide/part-a/intro.md:4", "`tags` must be a list"),
                replace("summary is a list", CASE, "summary: A tiny case study.", "summary: [a]", CASE + ":3", "`summary` must be a single value"),
                whole("glossary is a mapping", GLOSSARY, "a: b\n", GLOSSARY + ":1", "the glossary must be a list"),
                whole("a glossary entry is text", GLOSSARY, "- just a term\n", GLOSSARY + ":1", "a glossary entry must be a mapping"),
                whole("a definition is a list", GLOSSARY, "- term: t\n  definition: [a]\n", GLOSSARY + ":2", "`definition` must be a single value"),
                whole("abbr is a mapping", GLOSSARY, "- term: t\n  abbr: {a: b}\n  definition: d\n", GLOSSARY + ":2", "`abbr` must be a list"),
                whole("see is a number", GLOSSARY, "- term: t\n  definition: d\n  see: 5\n", GLOSSARY + ":3", "`see: 5` of `t` is not a chapter file"),
                whole("a definition of 10,001 characters", GLOSSARY, "- term: t\n  definition: " + "word ".repeat(2000) + "w\n", GLOSSARY + ":2", "the definition of `t` is 10,001 characters long"),
                whole("a definition nested 100 deep", GLOSSARY, "- term: t\n  definition: '" + "> ".repeat(100) + "x'\n", GLOSSARY + ":2", "Markdown is nested more than 64 levels"),
                whole("raw HTML 40 deep in a definition", GLOSSARY, "- term: t\n  definition: '" + "<span>".repeat(40) + "x" + "</span>".repeat(40) + "'\n", GLOSSARY + ":2", "raw HTML is nested more than 32"),
                append("a NUL byte", CASE, "a\u0000b\n", CASE + ":31", "contains the control character U+0000"),
                append("a bell character", CASE, "a\u0007b\n", CASE + ":31", "contains the control character U+0007"),
                append("a C1 control character", CASE, "a\u0085b\n", CASE + ":31", "contains the control character U+0085"),
                append("a line of 20,001 characters", CASE, "x".repeat(20_001) + "\n", CASE + ":31", "line is 20,001 characters long"),
                append("a 50 MiB chapter", CASE, ("word ".repeat(15) + "\n").repeat(50 * 1024 * 1024 / 76), CASE, "file is 50.0 MiB"),
                append("block quotes 5,000 deep", CASE, ">".repeat(5000) + " x\n", CASE + ":31", "Markdown is nested more than 64 levels"),
                append("a list 100 deep", CASE, nestedList(100), CASE + ":", "Markdown is nested more than 64 levels"),
                append("emphasis 5,000 deep", CASE, "*".repeat(5000) + "x" + "*".repeat(5000) + "\n", CASE + ":31", "Markdown is nested more than 64 levels"),
                append("links 3,000 deep", CASE, "[".repeat(3000) + "x" + "](a)".repeat(3000) + "\n", "", ""),
                append("raw HTML blocks 40 deep", CASE, "<div>\n".repeat(40) + "x\n" + "</div>\n".repeat(40), CASE + ":", "raw HTML is nested more than 32"),
                append("a diagram with a NUL byte", FLOW, "' \u0000\n", FLOW + ":7", "contains the control character U+0000"),
                append("an include file with a line of 30,000 characters", "diagrams/_style.iuml", "' " + "x".repeat(30_000) + "\n", "diagrams/_style.iuml:", "line is 30,002 characters long"),
                whole("a 5 MiB diagram", FLOW, "@startuml\n" + "' comment line of some length\n".repeat(5 * 1024 * 1024 / 30) + "@enduml\n", FLOW, "file is"),
                whole("a diagram nested 300 deep", FLOW, "@startuml\n" + "package p {\n".repeat(300) + "component x\n" + "}\n".repeat(300) + "@enduml\n", "", ""));
    }

    private static String nestedList(int depth) {
        StringBuilder md = new StringBuilder("\n");
        for (int i = 0; i < depth; i++) md.append("  ".repeat(i)).append("- item\n");
        return md.toString();
    }

    /**
     * {@code where} is the {@code path:line} (or a prefix of it) a problem must name and {@code says} the start of
     * its message; an empty {@code where} means the input is valid and the build may succeed.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void everyReaderStopsWithOneLineAtTheRightPlace(String name, String file, UnaryOperator<String> change, String where,
                                                    String says) throws IOException {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        Path path = repo.path(file);
        Files.writeString(path, change.apply(Files.readString(path)), StandardCharsets.UTF_8);
        long start = System.nanoTime();
        try {
            Validation.run(repo.root, temp.resolve("cache"));
            if (!where.isEmpty() && !says.isEmpty()) fail(name + ": the build accepted it");
        } catch (AuthorErrors e) {
            List<String> lines = e.problems().stream().map(Problem::format).toList();
            for (String line : lines) {
                assertTrue(!line.contains("\n") && line.contains(" — "), name + ": not one line with its fix: " + line);
            }
            if (!where.isEmpty()) {
                assertTrue(lines.stream().anyMatch(l -> l.startsWith(where) && l.contains(": " + says)),
                        name + ": expected a line starting " + where + " saying " + says + ", got\n" + String.join("\n", lines));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 60, name + " took " + seconds + " s");
    }

    /** A BOM and CRLF line ends on every text file change nothing in any output. */
    @Test
    void aBomAndCrlfLineEndsChangeNoOutput() throws IOException {
        FixtureRepo plain = FixtureRepo.of(temp, null);
        FixtureRepo windows = FixtureRepo.of(temp, null);
        for (String dir : List.of("guide", "diagrams")) {
            try (Stream<Path> walk = Files.walk(windows.path(dir))) {
                for (Path p : walk.filter(f -> f.toString().matches(".*\\.(md|yml|puml|iuml)")).toList()) {
                    Files.writeString(p, "\uFEFF" + Files.readString(p).replace("\n", "\r\n"));
                }
            }
        }
        Guidebook.Options options = new Guidebook.Options(null, false, DiagramStage.Progress.NONE);
        var a = new Guidebook(plain.root).run(options).output();
        var b = new Guidebook(windows.root).run(options).output();
        assertEquals(a.files().keySet(), b.files().keySet());
        for (String file : a.files().keySet()) {
            if (a.generated(file) != null) assertArrayEquals(a.generated(file), b.generated(file), file);
        }
    }
}
