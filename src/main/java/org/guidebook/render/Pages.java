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

    public static PageContext.Site site(Meta meta) {
        return site(meta, List.of(), List.of());
    }

    /** The site metadata with the downloads and the further pages the home page links. */
    public static PageContext.Site site(Meta meta, List<PageContext.Download> downloads, List<PageContext.Link> pages) {
        return new PageContext.Site(meta.title(), meta.subtitle(), String.join(", ", meta.authors()),
                meta.language(), meta.version(), meta.license(), List.copyOf(downloads), List.copyOf(pages));
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
