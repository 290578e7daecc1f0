package org.guidebook.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guidebook.model.Book;
import org.guidebook.model.Chapter;
import org.guidebook.model.Meta;
import org.guidebook.model.Part;
import org.guidebook.problem.AuthorErrors;
import org.guidebook.problem.Problems;

/**
 * The {@code load} stage: reads {@code guide/guide.yml}, every chapter it lists and the optional
 * {@code guide/glossary.yml} into a {@link Book}.
 * Reports a missing or unlisted chapter, malformed front matter, missing fields, duplicate ids and invalid
 * UTF-8, all in one run.
 */
public final class GuideLoader {
    public static final String GUIDE_DIR = "guide";
    public static final String GUIDE_YML = GUIDE_DIR + "/guide.yml";
    static final Set<String> META_KEYS = Set.of("title", "subtitle", "authors", "language", "version", "date",
            "identifier", "name", "license", "base-url", "short-name", "parts", "practice");

    private final SourceTree tree;

    public GuideLoader(SourceTree tree) {
        this.tree = tree;
    }

    private final Set<String> failed = new java.util.TreeSet<>();

    /**
     * Loads the book. Problems are reported into {@code problems} and the chapters that could be read are
     * kept, so later stages can find more mistakes in the same run; throws {@link AuthorErrors} only when
     * {@code guide.yml} itself cannot be used.
     */
    public Book load(Problems problems) {
        if (!tree.isFile(GUIDE_YML)) {
            throw AuthorErrors.single(GUIDE_YML, 0, "missing — create it with `title:` and `parts:`"
                    + " (see README, \"Authoring\"), or run guidebook from the repository root or with --root");
        }
        Optional<YamlDoc> doc = tree.readText(GUIDE_YML, problems)
                .flatMap(text -> YamlDoc.parse(text, GUIDE_YML, 1, problems));
        if (doc.isEmpty()) problems.throwIfAny();

        MappingReader fields = new MappingReader(doc.get(), "guide.yml", problems);
        fields.rejectUnknownKeys(META_KEYS);
        Set<String> listed = new LinkedHashSet<>();
        List<Part> parts = readParts(fields, listed, problems);
        Meta meta = readMeta(fields, new PracticeReader(tree, problems).read(fields.node("practice"), listed));
        reportUnlistedChapters(listed, problems);
        return new Book(meta, parts, new GlossaryLoader(tree).load(problems));
    }

    /** Chapters listed in guide.yml that could not be loaded; links to them are not reported again. */
    public Set<String> failedSources() {
        return Set.copyOf(failed);
    }

    private Meta readMeta(MappingReader fields, org.guidebook.model.Practice practice) {
        String title = fields.required("title", "My study guide");
        String name = fields.optional("name", Slug.ofTitle(title));
        return new Meta(
                title,
                fields.optional("subtitle", ""),
                fields.list("authors"),
                fields.optional("language", "en"),
                fields.optional("version", ""),
                date(fields),
                fields.optional("identifier", "urn:guidebook:" + name),
                name,
                fields.optional("license", ""),
                baseUrl(fields),
                fields.optional("short-name", shortName(title)).strip(),
                practice);
    }

    /** Without {@code short-name}: the title when it fits under an app icon, else its initials ("MLSD"). */
    static String shortName(String title) {
        String t = title.strip();
        if (t.length() <= 12) return t;
        StringBuilder initials = new StringBuilder();
        for (String word : t.split("\\s+")) if (!word.isEmpty()) initials.appendCodePoint(word.codePointAt(0));
        return initials.toString();
    }

    /** Where the site will be published: an absolute http(s) address, since outputs link to it from elsewhere. */
    private String baseUrl(MappingReader fields) {
        String url = fields.optional("base-url", null);
        if (url == null) return null;
        url = url.strip();
        if (!url.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            fields.problem("base-url", "`base-url: " + url + "` is not an absolute web address — write it like"
                    + " `base-url: https://example.org/guide/`, or leave it out");
            return null;
        }
        return url.endsWith("/") ? url : url + "/";
    }

    /**
     * The publication date: the EPUB's {@code dc:date} and {@code dcterms:modified} and the zip entry times
     * come from it, so it must be a real calendar date.
     */
    private String date(MappingReader fields) {
        String date = fields.optional("date", "1970-01-01").strip();
        try {
            java.time.LocalDate.parse(date);
            return date;
        } catch (java.time.format.DateTimeParseException e) {
            fields.problem("date", "`date: " + date + "` is not a date — write it as YYYY-MM-DD, e.g. `date: \"2026-11-22\"`");
            return "1970-01-01";
        }
    }

    private List<Part> readParts(MappingReader fields, Set<String> seen, Problems problems) {
        YamlDoc partsNode = fields.node("parts");
        if (partsNode == null || !partsNode.isSequence()) {
            int line = partsNode == null ? 1 : partsNode.line();
            problems.add(GUIDE_YML, line, "`parts:` must be a list — write `- title: …` entries, each with `chapters: [file.md, …]`");
            return List.of();
        }
        List<Part> parts = new ArrayList<>();
        Map<String, Chapter> byId = new HashMap<>();
        for (YamlDoc partNode : partsNode.items()) {
            MappingReader part = new MappingReader(partNode, "a part", problems);
            part.rejectUnknownKeys(Set.of("title", "chapters"));
            String title = part.required("title", "Part title");
            List<Chapter> chapters = new ArrayList<>();
            YamlDoc list = part.node("chapters");
            if (list == null || !list.isSequence()) {
                problems.add(GUIDE_YML, partNode.line(), "part `" + title + "` needs `chapters:` — a list of Markdown"
                        + " files relative to guide/");
            } else {
                for (YamlDoc entry : list.items()) {
                    if (!entry.isScalar()) {
                        problems.add(GUIDE_YML, entry.line(), "a chapter entry must be a file path — write it like `concepts/data.md`");
                        continue;
                    }
                    Optional<String> resolved = tree.resolve(GUIDE_YML, entry.text().strip());
                    if (resolved.isEmpty() || !resolved.get().startsWith(GUIDE_DIR + "/")) {
                        problems.add(GUIDE_YML, entry.line(), "chapter `" + entry.text() + "` is outside guide/ —"
                                + " chapter paths are relative to guide/, e.g. `concepts/data.md`");
                        continue;
                    }
                    String source = resolved.get();
                    if (!seen.add(source)) {
                        problems.add(GUIDE_YML, entry.line(), "`" + entry.text() + "` is listed twice — keep one entry");
                        continue;
                    }
                    loadChapter(source, entry.line(), problems).ifPresent(chapter -> {
                        Chapter first = byId.putIfAbsent(chapter.id(), chapter);
                        if (first == null) {
                            chapters.add(chapter);
                        } else {
                            problems.add(chapter.source(), 1, "chapter id `" + chapter.id() + "` is already used by "
                                    + first.source() + " — set a different `id:` in the front matter");
                            failed.add(chapter.source());
                        }
                    });
                }
            }
            parts.add(new Part(title, chapters));
        }
        return parts;
    }

    private Optional<Chapter> loadChapter(String source, int listedAt, Problems problems) {
        if (!source.endsWith(".md") || !tree.isFile(source)) {
            problems.add(GUIDE_YML, listedAt, "chapter `" + source.substring(GUIDE_DIR.length() + 1)
                    + "` does not exist — create " + source + " or remove this line");
            return Optional.empty();
        }
        Optional<Chapter> chapter = tree.readText(source, problems)
                .flatMap(text -> FrontMatterParser.parse(source, text, problems))
                .filter(split -> shallowEnough(source, split, problems))
                .map(split -> new Chapter(split.frontMatter().id(), source, split.frontMatter(), split.body(),
                        split.bodyLine(), "", List.of(), List.of()));
        if (chapter.isEmpty()) failed.add(source);
        return chapter;
    }

    /** See {@link MarkdownNesting}: a chapter nested too deep is reported and not parsed at all. */
    private static boolean shallowEnough(String source, FrontMatterParser.Split split, Problems problems) {
        Optional<Integer> line = MarkdownNesting.firstTooDeep(split.body());
        line.ifPresent(l -> problems.add(source, split.bodyLine() + l - 1, "Markdown is nested more than "
                + MarkdownNesting.MAX_PREFIX_LEVELS + " levels deep on this line (block quotes, list items or indentation)"
                + " — flatten it: no reader follows that many levels"));
        Optional<Integer> heading = HeadingCount.firstExcess(split.body());
        heading.ifPresent(l -> problems.add(source, split.bodyLine() + l - 1, "chapter has more than "
                + HeadingCount.MAX_HEADINGS + " headings — split it into several chapters"));
        Optional<Integer> paragraph = ParagraphLength.firstTooLong(split.body());
        paragraph.ifPresent(l -> problems.add(source, split.bodyLine() + l - 1, "the paragraph starting here is longer"
                + " than " + ParagraphLength.MAX_CHARS + " characters — break it up with blank lines"));
        return line.isEmpty() && heading.isEmpty() && paragraph.isEmpty();
    }

    private void reportUnlistedChapters(Set<String> listed, Problems problems) {
        for (String file : tree.listFiles(GUIDE_DIR, ".md")) {
            if (!listed.contains(file)) {
                problems.add(file, 0, "chapter is not listed in guide/guide.yml — add `"
                        + file.substring(GUIDE_DIR.length() + 1) + "` to a part's `chapters:`, or move the file out of guide/");
            }
        }
    }
}
