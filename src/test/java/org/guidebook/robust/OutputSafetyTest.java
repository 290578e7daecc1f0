package org.guidebook.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.guidebook.Guidebook;
import org.guidebook.diagram.DiagramStage;
import org.guidebook.problem.AuthorErrors;
import org.guidebook.problem.Problem;
import org.guidebook.support.FixtureRepo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XSS and remote-resource payloads (OWASP cheat-sheet style) against every output. Written as raw HTML or
 * links, in a chapter or a glossary definition, each payload is an error at its own line. Written as text
 * (titles, summaries, code, definitions, diagram labels, a diagram's link), the guide builds, and no output —
 * site pages, single file, print page, cheat-sheet pages, EPUB documents, search texts, glossary popovers —
 * holds a script the build did not put there, an event handler, a {@code javascript:}/{@code vbscript:}/
 * {@code data:} URL other than the build's own, or a subresource from another origin.
 */
class OutputSafetyTest {
    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<img src=x:alert(alt) onerror=eval(src) alt=0>",
            "<svg onload=alert(1)>",
            "<body onload=alert(1)>",
            "<input autofocus onfocus=alert(1)>",
            "<div onmouseover=\"alert(1)\">x</div>",
            "<span title=\"x\" onclick=alert(1)>x</span>",
            "<details open ontoggle=alert(1)>x</details>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "<a href=\"java&#x09;script:alert(1)\">x</a>",
            "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
            "<a href=\" javascript:alert(1)\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<a href=\"https://example.org/\" ping=\"https://evil.example/\">x</a>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<object data=\"https://evil.example/x.swf\"></object>",
            "<embed src=\"https://evil.example/x.swf\">",
            "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
            "<style>@import url(https://evil.example/x.css)</style>",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
            "<base href=\"https://evil.example/\">",
            "<form action=\"https://evil.example/\"><button>x</button></form>",
            "<video src=\"https://evil.example/x.mp4\"></video>",
            "<audio src=\"https://evil.example/x.mp3\"></audio>",
            "<img src=\"https://evil.example/x.png\" alt=\"x\">",
            "<img src=\"//evil.example/x.png\" alt=\"x\">",
            "<img src=\"data:image/svg+xml;base64,PHN2Zy8+\" alt=\"x\">",
            "<img src=\"x.png\" alt=\"x\" srcset=\"https://evil.example/x.png 2x\">",
            "<picture><source srcset=\"https://evil.example/x.png\"></picture>",
            "<table background=\"https://evil.example/x.png\"><tr><td>x</td></tr></table>",
            "<p style=\"background:url(https://evil.example/x)\">x</p>",
            "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">x</maction></math>",
            "[x](javascript:alert(1))",
            "<javascript:alert(1)>",
            "[x](vbscript:msgbox(1))",
            "![x](https://evil.example/x.png)",
            "![x](data:image/png;base64,iVBORw0KGgo=)");

    @TempDir
    Path temp;

    @Test
    void everyPayloadWrittenAsHtmlInAChapterIsAnErrorAtItsLine() {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        StringBuilder md = new StringBuilder("---\ntitle: Payloads\nsummary: Payloads.\n---\n");
        Map<Integer, String> lines = new LinkedHashMap<>();
        int line = 5;
        for (String payload : PAYLOADS) {
            md.append(payload).append("\n\n");
            lines.put(line, payload);
            line += 2;
        }
        repo.write("guide/part-a/payloads.md", md.toString());
        repo.write("guide/guide.yml", guideYml(repo, "      - part-a/payloads.md\n"));
        assertEveryLineReported(repo, "guide/part-a/payloads.md", lines);
    }

    @Test
    void everyPayloadWrittenAsHtmlInAGlossaryDefinitionIsAnErrorAtItsLine() throws IOException {
        FixtureRepo repo = FixtureRepo.of(temp, null);
        StringBuilder yml = new StringBuilder(Files.readString(repo.path("guide/glossary.yml")));
        int line = (int) yml.chars().filter(c -> c == '\n').count() + 1;
        Map<Integer, String> lines = new LinkedHashMap<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            yml.append("- term: payload term ").append(i).append('\n');
            yml.append("  definition: '").append(PAYLOADS.get(i).replace("'", "''")).append(" here'\n");
            lines.put(line + 1, PAYLOADS.get(i));
            line += 2;
        }
        repo.write("guide/glossary.yml", yml.toString());
        assertEveryLineReported(repo, "guide/glossary.yml", lines);
    }

    private void assertEveryLineReported(FixtureRepo repo, String file, Map<Integer, String> lines) {
        AuthorErrors errors = assertThrows(AuthorErrors.class, () -> Validation.run(repo.root, temp.resolve("cache")));
        Set<Integer> reported = new TreeSet<>();
        for (Problem p : errors.problems()) if (p.path().equals(file)) reported.add(p.line());
        List<String> missed = new ArrayList<>();
        lines.forEach((l, payload) -> {
            if (!reported.contains(l)) missed.add(l + ": " + payload);
        });
        assertTrue(missed.isEmpty(), "payloads that were not refused:\n" + String.join("\n", missed) + "\nproblems:\n"
                + errors.problems().stream().map(Problem::format).reduce("", (a, b) -> a + b + "\n"));
    }

    private static String guideYml(FixtureRepo repo, String extraChapter) {
        try {
            return Files.readString(repo.path("guide/guide.yml"))
                    .replace("      - part-a/metrics.md\n", "      - part-a/metrics.md\n" + extraChapter);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void payloadsWrittenAsTextReachEveryOutputOnlyAsText() throws IOException {
        Guidebook.Result baseline = build(FixtureRepo.of(temp, null));
        FixtureRepo repo = FixtureRepo.of(temp, null);
        String yaml = "\"" + "Fixture <svg onload=alert(1)> guide" + "\"";
        repo.write("guide/guide.yml", Files.readString(repo.path("guide/guide.yml")).replace("title: Fixture Guide", "title: " + yaml));
        StringBuilder body = new StringBuilder();
        for (String payload : PAYLOADS) {
            body.append("Code: `` ").append(payload).append(" `` and escaped: ")
                    .append(payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                            .replace("[", "\\[").replace("]", "\\]").replace("!", "\\!")).append("\n\n");
        }
        body.append("```html\n").append(String.join("\n", PAYLOADS)).append("\n```\n\n");
        body.append("```plantuml caption=\"Labels <script>alert(1)</script> and a link\"\n")
                .append("component \"<script>alert(1)</script>\" as a [[javascript:alert(1)]]\n")
                .append("component \"<img src=x onerror=alert(1)>\" as b [[https://example.org/]]\n")
                .append("a --> b : \"<svg onload=alert(1)>\"\n```\n\n");
        String intro = Files.readString(repo.path("guide/part-a/intro.md"))
                .replace("title: Introduction", "title: \"Introduction <img src=x onerror=alert(1)>\"")
                .replace("summary: What this fixture guide is about.", "summary: \"About <script>alert(1)</script>.\"")
                .replace("## Why it matters\n", body + "## Why it matters\n");
        repo.write("guide/part-a/intro.md", intro);
        repo.write("guide/glossary.yml", Files.readString(repo.path("guide/glossary.yml"))
                + "- term: payload\n  definition: 'Shown as code: `<img src=x onerror=alert(1)>` and `<script>alert(1)</script>`.'\n");
        Guidebook.Result result = build(repo);

        Map<String, Document> documents = documents(result);
        Map<String, Document> baseDocuments = documents(baseline);
        assertTrue(documents.keySet().containsAll(List.of("index.html", "intro.html", "print.html", "glossary.html",
                "cheatsheets/index.html", "downloads/fixture-guide.html")), documents.keySet().toString());
        assertTrue(documents.keySet().stream().anyMatch(p -> p.startsWith("epub:") && p.endsWith("intro.xhtml")),
                documents.keySet().toString());
        List<String> found = new ArrayList<>();
        documents.forEach((path, doc) -> found.addAll(unsafe(path, doc, baseDocuments.get(path))));
        assertTrue(found.isEmpty(), "unsafe output:\n" + String.join("\n", found));

        // The payloads are there, as text: escaping worked and nothing was dropped.
        Element chapter = documents.get("intro.html").selectFirst("main");
        assertTrue(chapter.text().contains("<img src=x onerror=alert(1)>"), "the payload is shown as text");
        assertTrue(documents.get("intro.html").select("svg text").eachText().contains("<script>alert(1)</script>"),
                "a diagram label is drawn as text");
        Element popover = documents.get("intro.html").selectFirst(".term-definition[data-term=payload]");
        if (popover != null) assertTrue(popover.text().contains("<script>alert(1)</script>"), popover.outerHtml());
        assertTrue(documents.get("glossary.html").text().contains("<script>alert(1)</script>"));

        // Search texts: scripts whose string data holds the text; no '<' at all, so none can close a <script>
        // when the single file inlines them, and the text reaches search.js only as data.
        for (Map.Entry<String, org.guidebook.write.Output.Entry> file : result.output().files().entrySet()) {
            if (!file.getKey().startsWith("search") || !file.getKey().endsWith(".js")) continue;
            String js = new String(file.getValue().bytes(), StandardCharsets.UTF_8);
            assertFalse(js.contains("<"), file.getKey() + " holds a raw '<'");
        }
        String introText = new String(result.output().generated("search/intro.js"), StandardCharsets.UTF_8);
        assertTrue(introText.contains("img src=x onerror=alert(1)"), "the search text holds the payload as data");
    }

    private Guidebook.Result build(FixtureRepo repo) {
        return new Guidebook(repo.root).run(new Guidebook.Options(temp.resolve("cache"), false, DiagramStage.Progress.NONE));
    }

    /** Every HTML or XHTML document of a build, EPUB members prefixed {@code epub:}. */
    private static Map<String, Document> documents(Guidebook.Result result) throws IOException {
        Map<String, Document> docs = new LinkedHashMap<>();
        for (Map.Entry<String, org.guidebook.write.Output.Entry> file : result.output().files().entrySet()) {
            byte[] bytes = file.getValue().bytes();
            if (bytes == null) continue;
            String path = file.getKey();
            if (path.endsWith(".html")) docs.put(path, Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)));
            if (path.endsWith(".epub")) {
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                    for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                        if (entry.getName().endsWith(".xhtml") || entry.getName().endsWith(".html")) {
                            docs.put("epub:" + entry.getName(), Jsoup.parse(new String(zip.readAllBytes(),
                                    StandardCharsets.UTF_8), "", Parser.xmlParser()));
                        }
                    }
                }
            }
        }
        return docs;
    }

    private static final Set<String> FETCHING = Set.of("img", "image", "script", "link", "iframe", "frame", "object",
            "embed", "video", "audio", "source", "track", "input", "use", "feimage");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "xlink:href", "src", "srcset", "action",
            "formaction", "data", "poster", "background", "cite", "ping");

    /** What in {@code doc} could run script or fetch from elsewhere, compared with the same page of a plain build. */
    private static List<String> unsafe(String path, Document doc, Document base) {
        List<String> found = new ArrayList<>();
        int scripts = doc.select("script").size();
        int baseScripts = base == null ? 0 : base.select("script").size();
        if (scripts != baseScripts) found.add(path + ": " + scripts + " scripts, a plain build has " + baseScripts);
        long dataUrls = dataUrls(doc);
        long baseDataUrls = base == null ? 0 : dataUrls(base);
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName().toLowerCase(Locale.ROOT);
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) found.add(path + ": event handler " + e.outerHtml());
                if (!URL_ATTRIBUTES.contains(key)) continue;
                if (value.startsWith("javascript:") || value.startsWith("vbscript:")) found.add(path + ": " + key + "=" + a.getValue());
                boolean remote = value.matches("^(https?:)?//.*") || value.contains(" http") || value.contains(",http");
                if (remote && FETCHING.contains(tag)) found.add(path + ": fetches " + a.getValue() + " in <" + tag + ">");
                if (remote && (key.equals("ping") || key.equals("background") || key.equals("srcset"))) {
                    found.add(path + ": " + key + "=" + a.getValue());
                }
            }
        }
        if (dataUrls != baseDataUrls) found.add(path + ": " + dataUrls + " data: URLs, a plain build has " + baseDataUrls);
        return found;
    }

    private static long dataUrls(Document doc) {
        long n = 0;
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (URL_ATTRIBUTES.contains(a.getKey().toLowerCase(Locale.ROOT))
                        && a.getValue().strip().toLowerCase(Locale.ROOT).startsWith("data:")) n++;
            }
        }
        return n;
    }
}
