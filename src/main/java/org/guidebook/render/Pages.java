package org.guidebook.render;

import java.util.ArrayList;
import java.util.List;
import org.guidebook.enrich.Slugger;
import org.guidebook.model.Book;
import org.guidebook.model.Chapter;
import org.guidebook.model.Meta;
import org.guidebook.model.Part;
import org.guidebook.model.Section;

/** Builds the display records that several renderers share: site metadata, parts with cards, outlines. */
public final class Pages {
    private Pages() {
    }

    /** The site metadata for pages of {@code book} (links to the glossary pages when it has a glossary). */
    public static PageContext.Site site(Book book) {
        return site(book, List.of(), List.of());
    }

    /** The site metadata alone, for documents that link nothing (the PDF booklets). */
    public static PageContext.Site siteWithoutLinks(Meta meta) {
        return new PageContext.Site(meta.title(), meta.subtitle(), String.join(", ", meta.authors()),
                meta.language(), meta.version(), meta.license(), List.of(), List.of(), false, baseUrl(meta),
                meta.identifier(), false, false);
    }

    /** The site metadata with the downloads and the further pages the home page links. */
    public static PageContext.Site site(Book book, List<PageContext.Download> downloads, List<PageContext.Link> pages) {
        return site(book, downloads, pages, false, false);
    }

    /** The site metadata; {@code flashcards} and {@code practice} say whether those pages exist (the site's footer links them). */
    public static PageContext.Site site(Book book, List<PageContext.Download> downloads, List<PageContext.Link> pages,
                                        boolean flashcards, boolean practice) {
        Meta meta = book.meta();
        return new PageContext.Site(meta.title(), meta.subtitle(), String.join(", ", meta.authors()),
                meta.language(), meta.version(), meta.license(), List.copyOf(downloads), List.copyOf(pages),
                !book.glossary().isEmpty(), baseUrl(meta), meta.identifier(), flashcards, practice);
    }

    private static String baseUrl(Meta meta) {
        return meta.baseUrl() == null ? "" : meta.baseUrl();
    }

    /** Parts with a card per chapter; {@code url} gives each chapter's link target. */
    public static List<PageContext.PartView> parts(Book book, java.util.function.Function<Chapter, String> url) {
        List<PageContext.PartView> parts = new ArrayList<>();
        for (Part part : book.parts()) {
            List<PageContext.Card> cards = part.chapters().stream().map(c -> card(c, part, url.apply(c))).toList();
            parts.add(new PageContext.PartView(part.title(), "part-" + Slugger.slug(part.title()), cards));
        }
        return parts;
    }

    /** The parts, then (when there are any) the appendices as one more group, for whole-book contents. */
    public static List<PageContext.PartView> partsAndBackMatter(Book book, List<Appendix> appendices,
                                                                java.util.function.Function<Chapter, String> url,
                                                                java.util.function.Function<Appendix, String> appendixUrl) {
        List<PageContext.PartView> parts = new ArrayList<>(parts(book, url));
        if (!appendices.isEmpty()) {
            List<PageContext.Card> cards = appendices.stream().map(a -> new PageContext.Card(a.id(), appendixUrl.apply(a),
                    a.title(), "", null, false, BACK_MATTER)).toList();
            parts.add(new PageContext.PartView(BACK_MATTER, "part-back-matter", cards));
        }
        return parts;
    }

    /** The heading of the appendices group in whole-book tables of contents. */
    public static final String BACK_MATTER = "Back matter";

    public static PageContext.Card card(Chapter chapter, Part part, String url) {
        return new PageContext.Card(chapter.id(), url, chapter.title(), chapter.frontMatter().summary(),
                chapter.frontMatter().prompt(), chapter.frontMatter().isCaseStudy(), part.title());
    }

    /**
     * The on-page outline: every h2 and h3 of the chapter, except the questions under "Check yourself"
     * (long, and answers are not for skimming).
     */
    public static List<PageContext.Link> outline(Chapter chapter, String hrefPrefix) {
        List<PageContext.Link> links = new ArrayList<>();
        boolean inQuestions = false;
        for (Section s : chapter.sections()) {
            if (s.level() == 2) inQuestions = s.title().strip().equalsIgnoreCase("check yourself");
            if (inQuestions && s.level() == 3) continue;
            links.add(new PageContext.Link(hrefPrefix + s.id(), s.title(), s.level()));
        }
        return links;
    }

    public static Part partOf(Book book, Chapter chapter) {
        return book.parts().stream().filter(p -> p.chapters().stream().anyMatch(c -> c.id().equals(chapter.id())))
                .findFirst().orElseThrow();
    }
}
