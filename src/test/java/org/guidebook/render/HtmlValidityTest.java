package org.guidebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.guidebook.support.BuiltFixture;
import org.guidebook.support.HtmlChecker;
import org.guidebook.support.RealGuide;
import org.guidebook.write.Output;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Nu HTML Checker (validator.w3.org/nu's engine) finds no error in any page of the site, in
 * {@code print.html} or in the single file, for the basic fixture and for the real guide. One checker is
 * set up for the class; each page is checked once.
 */
class HtmlValidityTest {
    static HtmlChecker checker;

    @BeforeAll
    static void setUp() {
        checker = new HtmlChecker();
    }

    @Test
    void everyPageOfTheFixtureIsValid() throws IOException {
        Path out = BuiltFixture.output(null);
        List<String> errors = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(out)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                errors.addAll(checker.errors(page));
                pages++;
            }
        }
        assertEquals(List.of(), errors);
        assertEquals(14, pages, "home, 3 chapters, print, 404, the single file, search, glossary, A–Z, flashcards,"
                + " 2 cheat sheets and their index");
    }

    @Test
    void everyPageOfTheRealGuideIsValid() {
        List<String> errors = new ArrayList<>();
        int pages = 0;
        for (Map.Entry<String, Output.Entry> file : RealGuide.result().output().files().entrySet()) {
            if (!file.getKey().endsWith(".html") || file.getValue().bytes() == null) continue;
            errors.addAll(checker.errors(file.getKey(), file.getValue().bytes()));
            pages++;
        }
        assertEquals(List.of(), errors);
        assertTrue(pages > 35, "pages checked: " + pages);
    }
}
