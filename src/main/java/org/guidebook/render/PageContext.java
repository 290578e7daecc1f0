package org.guidebook.render;

import java.util.List;

/**
 * The single object a template sees, as {@code page}. Holds only display data (strings and small records),
 * never services or file paths, so a template cannot reach outside its page.
 *
 * @param root     relative path from this page to the site root ({@code ""} or {@code "../"})
 * @param kind     {@code home}, {@code chapter}, {@code print}, {@code notfound}, …
 * @param content  trusted HTML of the page body (already built and checked)
 * @param inlineCss     a stylesheet to inline (pages that must stand alone: 404, the single file), or ""
 * @param inlineHeadJs  a script to inline in {@code <head>} (the single file), or ""
 * @param inlineJs      scripts to inline at the end of {@code <body>}, each in its own {@code <script>} (the single
 *                      file), or none
 * @param terms    chapter pages: the glossary terms the page links, for their definition popovers
 * @param letters  glossary and A–Z index pages: the entries grouped by initial letter
 * @param study    the flashcards and practice pages (and the single file, which holds both): their data, or null
 */
public record PageContext(
        Site site,
        String root,
        String kind,
        String id,
        String title,
        String description,
        String content,
        Card chapter,
        List<Link> outline,
        Link prev,
        Link next,
        List<PartView> parts,
        String inlineCss,
        String inlineHeadJs,
        List<String> inlineJs,
        List<TermView> terms,
        List<Letter> letters,
        Study study) {

    public PageContext {
        inlineJs = inlineJs == null ? List.of() : List.copyOf(inlineJs);
        terms = terms == null ? List.of() : List.copyOf(terms);
        letters = letters == null ? List.of() : List.copyOf(letters);
    }

    /** A page with no inline scripts and no glossary data. */
    public PageContext(Site site, String root, String kind, String id, String title, String description, String content,
                       Card chapter, List<Link> outline, Link prev, Link next, List<PartView> parts, String inlineCss) {
        this(site, root, kind, id, title, description, content, chapter, outline, prev, next, parts, inlineCss,
                "", List.of(), List.of(), List.of(), null);
    }

    /** A page with inline scripts (the single file) and no glossary data. */
    public PageContext(Site site, String root, String kind, String id, String title, String description, String content,
                       Card chapter, List<Link> outline, Link prev, Link next, List<PartView> parts, String inlineCss,
                       String inlineHeadJs, List<String> inlineJs) {
        this(site, root, kind, id, title, description, content, chapter, outline, prev, next, parts, inlineCss,
                inlineHeadJs, inlineJs, List.of(), List.of(), null);
    }

    /** A page with glossary data (chapters, the glossary and the A–Z index) and no inline scripts. */
    public PageContext(Site site, String root, String kind, String id, String title, String description, String content,
                       Card chapter, List<Link> outline, Link prev, Link next, List<PartView> parts, String inlineCss,
                       List<TermView> terms, List<Letter> letters) {
        this(site, root, kind, id, title, description, content, chapter, outline, prev, next, parts, inlineCss,
                "", List.of(), terms, letters, null);
    }

    /**
     * The guide's metadata as shown on pages, the files in {@code downloads/} and further site pages (such as
     * the cheat sheets) that the home page links, whether the glossary and A–Z pages exist, and the address the
     * site is published at ({@code base-url} ending in {@code /}, or "" when unknown).
     */
    public record Site(String title, String subtitle, String authors, String language, String version, String license,
                       List<Download> downloads, List<Link> pages, boolean glossary, String baseUrl, String identifier,
                       boolean flashcards, boolean practice) {
    }

    /**
     * What the study features show: the flashcards by part and chapter ({@code cards} in all), the practice
     * interview (null without {@code practice:} in guide.yml) and, in the single file, the study views' script,
     * inlined as inert text and run only when the reader opens a view ("" on the site, which loads it).
     */
    public record Study(List<DeckPart> parts, int cards, PracticeView practice, String lazyScript) {
    }

    public record DeckPart(String title, List<DeckChapter> chapters) {
    }

    /** A chapter's flashcards; {@code url} links the chapter. */
    public record DeckChapter(String id, String url, String title, String part, List<CardView> cards) {
    }

    /** One flashcard: its stable id ({@code <chapter-id>#<heading-id>}), question and answer as trusted HTML. */
    public record CardView(String id, String question, String answer) {
    }

    /**
     * The practice interview: the session's length, its steps with their minute marks, the prompts by theme,
     * and the framework's cheat sheet to check an answer against.
     */
    public record PracticeView(int minutes, List<PracticeStep> steps, List<PromptGroup> groups, Link frameworkSheet) {
    }

    /** A step from minute {@code from} to minute {@code to}; {@code url} is its section of the framework, or "". */
    public record PracticeStep(String title, int minutes, int from, int to, String url) {
    }

    public record PromptGroup(String title, List<PromptView> prompts) {
    }

    /** A prompt with what its answer must decide ("" if unknown) and the cheat sheet that answers it. */
    public record PromptView(String text, String decide, Link sheet) {
    }

    /** A file in {@code downloads/}: its path from the site root, what it is, its file name and size. */
    public record Download(String url, String label, String fileName, String size) {
    }

    /** A chapter as shown on cards and in the contents. */
    public record Card(String id, String url, String title, String summary, String prompt, boolean caseStudy,
                       String part) {
    }

    /** A titled link; {@code level} orders outline entries (2 or 3). */
    public record Link(String url, String title, int level) {
    }

    public record PartView(String title, String anchor, List<Card> chapters) {
    }

    /**
     * A glossary entry. {@code definition} is trusted HTML; {@code see} links the sections that explain it.
     * For an abbreviation's cross-reference entry, {@code seeTerm} links the full entry and the other fields
     * are empty.
     */
    public record TermView(String id, String name, String abbreviations, String definition, List<Link> see,
                           Link seeTerm) {
    }

    /** Entries under one initial letter: {@code terms} on the glossary page, {@code entries} on the A–Z index. */
    public record Letter(String letter, String anchor, List<TermView> terms, List<IndexEntry> entries) {
    }

    /**
     * A term in the A–Z index: its glossary link and the chapters whose sections mention it. For an
     * abbreviation, {@code seeTerm} links the full term instead.
     */
    public record IndexEntry(String name, String url, Link seeTerm, List<Mentions> chapters) {
    }

    /** One chapter's sections that mention a term; a primary section (named by the term's {@code see:}) first. */
    public record Mentions(String chapter, List<Mention> sections) {
    }

    /** A link to a section that mentions a term; {@code primary} when the glossary names it under {@code see:}. */
    public record Mention(String url, String title, boolean primary) {
    }
}
