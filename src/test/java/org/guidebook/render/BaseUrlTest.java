package org.guidebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.guidebook.support.BuiltFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * {@code base-url} in guide.yml (the {@code base-url} fixture: {@code https://example.org/guide}): every
 * content page names its canonical address, {@code sitemap.xml} lists exactly those addresses, and the 404
 * page, which a host serves at any depth, links the contents by absolute address. Without it: none of these.
 */
class BaseUrlTest {
    private static final String BASE = "https://example.org/guide/";

    @Test
    void everyContentPageNamesItsCanonicalAddressAndTheSitemapListsThemAll() throws IOException {
        Path site = BuiltFixture.output("base-url");
        List<String> canonical = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String page = site.relativize(file).toString().replace('\\', '/');
                if (page.startsWith("downloads/")) continue;
                Element link = Jsoup.parse(file.toFile(), "UTF-8").selectFirst("head link[rel=canonical]");
                if (List.of("404.html", "search.html", "print.html").contains(page)) {
                    assertNull(link, page + " is not content");
                    continue;
                }
                assertTrue(link != null, page + " names its canonical address");
                String expected = BASE + (page.endsWith("index.html") ? page.substring(0, page.length() - 10) : page);
                assertEquals(expected, link.attr("href"), page);
                canonical.add(expected);
            }
        }
        assertTrue(canonical.contains(BASE) && canonical.contains(BASE + "intro.html")
                && canonical.contains(BASE + "cheatsheets/") && canonical.stream().anyMatch(u -> u.matches(".*/cheatsheets/.+\\.html")),
                canonical.toString());

        Document sitemap = Jsoup.parse(Files.readString(site.resolve("sitemap.xml")), "", Parser.xmlParser());
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", sitemap.selectFirst("urlset").attr("xmlns"));
        assertEquals(canonical.stream().sorted().toList(), sitemap.select("url > loc").eachText().stream().sorted().toList());
        assertTrue(sitemap.select("url > lastmod").eachText().stream().allMatch("2026-01-15"::equals), "the guide's date");
    }

    @Test
    void theNotFoundPageLinksTheContentsByAbsoluteAddress() throws IOException {
        Document notFound = Jsoup.parse(BuiltFixture.output("base-url").resolve("404.html").toFile(), "UTF-8");
        assertEquals(BASE, notFound.selectFirst("main a").attr("href"));
    }

    @Test
    void withoutABaseUrlThereIsNoSitemapAndNoCanonicalLink() throws IOException {
        Path site = BuiltFixture.output(null);
        assertFalse(Files.exists(site.resolve("sitemap.xml")));
        assertNull(Jsoup.parse(site.resolve("intro.html").toFile(), "UTF-8").selectFirst("link[rel=canonical]"));
        assertEquals("./", Jsoup.parse(site.resolve("404.html").toFile(), "UTF-8").selectFirst("main a").attr("href"));
    }
}
