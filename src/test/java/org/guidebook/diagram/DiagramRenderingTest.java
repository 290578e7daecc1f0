package org.guidebook.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.guidebook.Guidebook;
import org.guidebook.bench.SyntheticGuide;
import org.guidebook.support.FixtureRepo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PlantUML in-process: every kind without Graphviz, unique ids, determinism, parallel safety, caching. */
class DiagramRenderingTest {
    @TempDir
    Path temp;

    static final Map<String, String> KINDS = Map.of(
            "component", "component \"Candidate generation\" as cg\ndatabase \"Features\" as f\nf --> cg : rows\n",
            "deployment", "node \"Model server\" as n\ncloud \"CDN\" as c\nartifact \"model.bin\" as a\nn --> c\na --> n\n",
            "usecase", "actor Reader\nusecase \"Search\" as s\nReader --> s\n",
            "sequence", "actor User\nparticipant API\nUser -> API : query\nAPI --> User : results\n",
            "activity", "start\n:collect logs;\nif (labels?) then (yes)\n:train;\nelse (no)\n:wait;\nendif\nstop\n",
            "mindmap", "@startmindmap\n* Serving\n** Batch\n** Online\n@endmindmap\n");

    /** A guide with one chapter holding one diagram of each kind, all in fenced blocks. */
    private FixtureRepo kindsGuide() {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        StringBuilder md = new StringBuilder("---\ntitle: Metrics\nsummary: S.\n---\n## nDCG\n\n## MRR\n\n");
        KINDS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(kind -> {
            String body = kind.getValue().startsWith("@start") ? kind.getValue()
                    : "!include _style.iuml\n" + kind.getValue();
            md.append("```plantuml caption=\"A ").append(kind.getKey()).append(" diagram\"\n").append(body).append("```\n\n");
        });
        repo.write("guide/part-a/metrics.md", md.toString());
        return repo;
    }

    @Test
    void everyKindRendersInAProcessWithoutGraphviz() throws Exception {
        FixtureRepo repo = kindsGuide();
        Path out = temp.resolve("out");
        // A separate JVM whose PATH has no dot and whose GRAPHVIZ_DOT points nowhere.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.guidebook.Main", "build", "--no-cache", "--root", repo.root.toString(), "--out", out.toString());
        pb.environment().put("PATH", "/nonexistent");
        pb.environment().put("GRAPHVIZ_DOT", "/nonexistent/dot");
        pb.redirectErrorStream(true);
        Process process = pb.start();
        String log = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), log);

        Document page = Jsoup.parse(out.resolve("metrics.html").toFile(), "UTF-8");
        List<Element> figures = page.select("figure.diagram");
        assertEquals(KINDS.size(), figures.size());
        for (Element figure : figures) {
            Element svg = figure.selectFirst("svg");
            assertNotNull(svg, figure.selectFirst("figcaption").text());
            assertFalse(svg.text().contains("Graphviz") || svg.text().contains("dot executable"), svg.text());
            assertTrue(svg.select("text").size() >= 2, "the diagram has its labels: " + figure.selectFirst("figcaption").text());
        }
    }

    @Test
    void idsAreUniqueOnAPageWithManyDiagrams() throws IOException {
        FixtureRepo repo = kindsGuide();
        Path out = temp.resolve("out");
        assertEquals(0, repo.run("build", "--out", out.toString()).exitCode());
        Document page = Jsoup.parse(out.resolve("metrics.html").toFile(), "UTF-8");
        Set<String> seen = new HashSet<>();
        for (Element e : page.select("[id]")) assertTrue(seen.add(e.id()), "duplicate id " + e.id());
        assertTrue(seen.size() > KINDS.size(), "the SVGs carry ids of their own");
    }

    @Test
    void svgIsCleanAccessibleAndCarriesNoSourceOrVersion() throws IOException {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        Path out = temp.resolve("out");
        assertEquals(0, repo.run("build", "--out", out.toString()).exitCode());
        String html = Files.readString(out.resolve("metrics.html"));
        assertFalse(html.contains("<?plantuml"), "no version or source processing instruction");
        assertFalse(html.contains("<!--"), "no comments");
        Element svg = Jsoup.parse(html).selectFirst("figure svg");
        assertEquals("img", svg.attr("role"));
        assertEquals(svg.attr("aria-label"), svg.selectFirst("title").text());
    }

    @Test
    void serialAndParallelRenderingGiveIdenticalBytes() throws IOException {
        SyntheticGuide.write(temp.resolve("g"), 24, 24);
        Guidebook guidebook = new Guidebook(temp.resolve("g"));
        var serial = guidebook.run(new Guidebook.Options(null, false, DiagramStage.Progress.NONE));
        var parallel = guidebook.run(new Guidebook.Options(null, true, DiagramStage.Progress.NONE));
        assertEquals(24, serial.diagramsRendered());
        List<String> differing = new ArrayList<>();
        serial.output().files().forEach((path, entry) -> {
            if (entry.bytes() != null && !java.util.Arrays.equals(entry.bytes(), parallel.output().generated(path))) differing.add(path);
        });
        assertEquals(List.of(), differing);
    }

    @Test
    void unchangedRebuildRendersNothingAndAChangedIncludeRendersItsUsers() throws IOException {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        Guidebook guidebook = new Guidebook(repo.root);
        Path cache = temp.resolve("cache");
        Guidebook.Options options = new Guidebook.Options(cache, true, DiagramStage.Progress.NONE);

        var first = guidebook.run(options);
        assertEquals(2, first.diagramsRendered());
        var second = guidebook.run(options);
        assertEquals(0, second.diagramsRendered());
        assertEquals(2, second.diagramsCached());
        assertEquals(new String(first.output().generated("metrics.html")), new String(second.output().generated("metrics.html")));

        // Both diagrams include _style.iuml: changing it re-renders both.
        repo.write("diagrams/_style.iuml", "skinparam shadowing false\nskinparam defaultFontSize 14\n");
        var third = guidebook.run(options);
        assertEquals(2, third.diagramsRendered());
        // Only flow.puml changes: one re-render.
        repo.write("diagrams/flow.puml", "@startuml\n!include _style.iuml\ncomponent \"Offline\" as off\n@enduml\n");
        var fourth = guidebook.run(options);
        assertEquals(1, fourth.diagramsRendered());
        assertEquals(1, fourth.diagramsCached());
    }

    @Test
    void aCorruptedCacheEntryIsRenderedAgainNotServed() throws IOException {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        Guidebook guidebook = new Guidebook(repo.root);
        Path cache = temp.resolve("cache");
        Guidebook.Options options = new Guidebook.Options(cache, true, DiagramStage.Progress.NONE);
        var clean = guidebook.run(options);
        try (var files = Files.list(cache.resolve("diagrams"))) {
            for (Path entry : files.toList()) {
                String content = Files.readString(entry);
                Files.writeString(entry, content.replace("<svg", "<svg data-tampered=\"yes\""));
            }
        }
        var rebuilt = guidebook.run(options);
        assertEquals(2, rebuilt.diagramsRendered(), "corrupted entries are not served");
        assertEquals(new String(clean.output().generated("metrics.html")), new String(rebuilt.output().generated("metrics.html")));
    }
}
