package org.guidebook.render;

import java.util.ArrayList;
import java.util.List;
import org.guidebook.enrich.GlossaryLinks;
import org.guidebook.model.Book;
import org.jsoup.nodes.Element;

/**
 * The glossary and the A–Z index as back matter for the whole-book outputs (EPUB, single file, print page).
 * Written with site URLs ({@code <chapter>.html#anchor}, {@code glossary.html#term}), which each output
 * rewrites like a chapter's links, so the links from chapters to definitions keep working inside one file.
 */
final class GlossaryAppendices {
    /** Appendix ids: the glossary's equals the site page's name, so chapter links to it resolve unchanged. */
    static final String GLOSSARY_ID = GlossaryLinks.PAGE.replace(".html", "");
    static final String INDEX_ID = GlossaryPages.INDEX_PAGE.replace(".html", "");

    private static final GlossaryPages.Urls URLS = new GlossaryPages.Urls() {
        @Override
        public String chapter(String chapterId, String anchor) {
            return chapterId + ".html" + (anchor.isEmpty() ? "" : "#" + anchor);
        }

        @Override
        public String term(String termId) {
            return GlossaryLinks.PAGE + "#" + termId;
        }
    };

    private GlossaryAppendices() {
    }

    static List<Appendix> of(RenderContext context) {
        Book book = context.book();
        if (book.glossary().isEmpty()) return List.of();
        return List.of(new Appendix(GLOSSARY_ID, "Glossary", glossary(book)),
                new Appendix(INDEX_ID, "Index A–Z", index(book, context)));
    }

    private static String glossary(Book book) {
        Element root = new Element("div");
        for (PageContext.Letter letter : GlossaryPages.glossary(book, URLS)) {
            root.appendElement("h2").id(letter.anchor()).text(letter.letter());
            Element list = root.appendElement("dl").addClass("glossary-list");
            for (PageContext.TermView term : letter.terms()) {
                if (term.seeTerm() != null) {
                    list.appendElement("dt").addClass("glossary-alias").text(term.name());
                    Element dd = list.appendElement("dd").addClass("glossary-alias").appendText("See ");
                    dd.appendElement("a").attr("href", term.seeTerm().url()).text(term.seeTerm().title());
                    dd.appendText(".");
                    continue;
                }
                Element dt = list.appendElement("dt").id(term.id());
                dt.appendElement("dfn").text(term.name());
                if (!term.abbreviations().isEmpty()) dt.appendText(" (" + term.abbreviations() + ")");
                Element dd = list.appendElement("dd").append(term.definition());
                if (!term.see().isEmpty()) {
                    Element see = dd.appendElement("p").addClass("glossary-see").appendText("Explained in: ");
                    List<PageContext.Link> links = term.see();
                    for (int i = 0; i < links.size(); i++) {
                        if (i > 0) see.appendText("; ");
                        see.appendElement("a").attr("href", links.get(i).url()).text(links.get(i).title());
                    }
                }
            }
        }
        return root.html();
    }

    private static String index(Book book, RenderContext context) {
        Element root = new Element("div");
        for (PageContext.Letter letter : GlossaryPages.index(book, context.index().terms(), URLS)) {
            root.appendElement("h2").id(letter.anchor()).text(letter.letter());
            Element list = root.appendElement("ul").addClass("az-index");
            for (PageContext.IndexEntry entry : letter.entries()) {
                Element item = list.appendElement("li");
                item.appendElement("a").attr("href", entry.url()).text(entry.name());
                if (entry.seeTerm() != null) {
                    item.appendText(" — see ");
                    item.appendElement("a").attr("href", entry.seeTerm().url()).text(entry.seeTerm().title());
                    continue;
                }
                List<String> parts = new ArrayList<>();
                Element sections = new Element("span");
                for (PageContext.Mentions chapter : entry.chapters()) {
                    for (PageContext.Mention mention : chapter.sections()) {
                        if (!sections.children().isEmpty()) sections.appendText(", ");
                        Element a = sections.appendElement("a").attr("href", mention.url())
                                .text(chapter.chapter() + " › " + mention.title());
                        if (mention.primary()) a.wrap("<strong></strong>");
                        parts.add(mention.url());
                    }
                }
                if (!parts.isEmpty()) item.appendText(": ").appendChild(sections);
            }
        }
        return root.html();
    }
}
