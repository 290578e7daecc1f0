package org.guidebook.load;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.guidebook.model.FrontMatter;
import org.guidebook.problem.Problems;

/** Splits a chapter file into its YAML front matter and Markdown body and validates the front matter. */
final class FrontMatterParser {
    static final Set<String> KEYS = Set.of("id", "title", "summary", "tags", "kind", "prompt");
    static final Set<String> KINDS = Set.of("chapter", "case-study");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    /** Page names the build writes itself; a chapter with one of these ids would overwrite that page. */
    static final Set<String> RESERVED_IDS = Set.of("index", "print", "404", "search", "glossary", "a-z");

    /** The parts of a chapter file: front matter, body, and the file line where the body starts. */
    record Split(FrontMatter frontMatter, String body, int bodyLine) {
    }

    private FrontMatterParser() {
    }

    static Optional<Split> parse(String path, String text, Problems problems) {
        if (!text.startsWith("---\n")) {
            problems.add(path, 1, "no front matter — start the file with a `---` line, then `title:` and `summary:`,"
                    + " then a closing `---` line");
            return Optional.empty();
        }
        int end = text.indexOf("\n---\n", 3);
        boolean atEof = false;
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
            atEof = true;
        }
        if (end < 0) {
            problems.add(path, 1, "front matter is not closed — add a line `---` after the last front matter key");
            return Optional.empty();
        }
        String yaml = text.substring(4, end + 1);
        String body = atEof ? "" : text.substring(end + 5);
        int bodyLine = 1 + (int) text.substring(0, Math.min(text.length(), end + 5)).chars().filter(c -> c == '\n').count();

        Optional<YamlDoc> doc = YamlDoc.parse(yaml, path, 2, problems);
        if (doc.isEmpty()) return Optional.empty();
        MappingReader fields = new MappingReader(doc.get(), "front matter", problems);
        fields.rejectUnknownKeys(KEYS);
        String fileName = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
        String id = fields.optional("id", fileName);
        if (!ID.matcher(id).matches()) {
            int line = fields.has("id") ? fields.node("id").line() : 1;
            problems.add(path, line, "chapter id `" + id + "` is not usable as a page name — use lower-case letters,"
                    + " digits, `-` and `_` (set `id:` in the front matter or rename the file)");
        }
        if (RESERVED_IDS.contains(id)) {
            int line = fields.has("id") ? fields.node("id").line() : 1;
            problems.add(path, line, "chapter id `" + id + "` is the name of a page the build makes (" + id
                    + ".html) — set another `id:` in the front matter or rename the file");
        }
        String title = fields.required("title", "Chapter title");
        String summary = fields.required("summary", "One sentence shown on the home page");
        String kind = fields.optional("kind", "chapter");
        if (!KINDS.contains(kind)) {
            problems.add(path, fields.node("kind").line(), "unknown kind `" + kind + "` — use `chapter` or `case-study`");
        }
        String prompt = fields.optional("prompt", null);
        if ("case-study".equals(kind) && (prompt == null || prompt.isBlank())) {
            problems.add(path, fields.node("kind").line(), "a case study needs `prompt:` — the interview question in one line");
        }
        FrontMatter frontMatter = new FrontMatter(id, title, summary, fields.list("tags"), kind,
                prompt == null ? null : prompt.strip());
        return Optional.of(new Split(frontMatter, body, bodyLine));
    }
}
