package org.guidebook.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.guidebook.support.BuiltFixture;
import org.guidebook.support.FixtureRepo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * A chapter's link to a repository file ({@code guide/data/latencies.csv} in the basic fixture): the site
 * carries the file, the single file carries it inside a {@code data:} link, and the EPUB (which cannot open a
 * side file from a link) points at the online edition when the guide has a {@code base-url}.
 */
class CarriedFilesTest {
    private static final Path CSV = FixtureRepo.FIXTURES.resolve("basic/guide/data/latencies.csv");

    @Test
    void theSiteCopiesTheFileAndLinksIt() throws IOException {
        Path site = BuiltFixture.output(null);
        Element link = link(Jsoup.parse(site.resolve("intro.html").toFile(), "UTF-8"));
        assertEquals("files/data/latencies.csv", link.attr("href"));
        assertArrayEquals(Files.readAllBytes(CSV), Files.readAllBytes(site.resolve(link.attr("href"))));
    }

    @Test
    void theSingleFileCarriesTheFileInADataLinkThatSavesIt() throws IOException {
        Document single = Jsoup.parse(BuiltFixture.output(null).resolve("downloads/fixture-guide.html").toFile(), "UTF-8");
        Element link = link(single);
        String prefix = "data:text/csv;base64,";
        assertTrue(link.attr("href").startsWith(prefix), link.attr("href"));
        assertArrayEquals(Files.readAllBytes(CSV), Base64.getDecoder().decode(link.attr("href").substring(prefix.length())));
        assertEquals("latencies.csv", link.attr("download"));
    }

    @Test
    void theEpubKeepsTheTextWithoutABaseUrlAndLinksTheOnlineCopyWithOne() throws IOException {
        Document without = chapter(BuiltFixture.output(null).resolve("downloads/fixture-guide.epub"));
        assertNull(link(without), "no link to a file the book does not carry");
        assertTrue(without.text().contains("The measured latencies are in latencies.csv."), without.text());

        Path online = BuiltFixture.output("base-url").resolve("downloads/fixture-guide.epub");
        assertEquals("https://example.org/guide/files/data/latencies.csv", link(chapter(online)).attr("href"));
        assertEquals(java.util.List.of(), org.guidebook.support.EpubChecker.problems(online), "EPUBCheck accepts the web link");
    }

    private static Element link(Document doc) {
        return doc.getElementsMatchingOwnText("^latencies\\.csv$").stream()
                .filter(e -> e.tagName().equals("a")).findFirst().orElse(null);
    }

    private static Document chapter(Path epub) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(epub))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().endsWith("/intro.xhtml")) {
                    return Jsoup.parse(new String(zip.readAllBytes(), StandardCharsets.UTF_8), "", Parser.xmlParser());
                }
            }
        }
        throw new AssertionError("no intro.xhtml in " + epub);
    }
}
