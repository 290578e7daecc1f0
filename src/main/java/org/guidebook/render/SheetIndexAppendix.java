package org.guidebook.render;

import java.util.List;
import java.util.Optional;
import org.guidebook.model.Chapter;
import org.guidebook.model.Section;
import org.jsoup.nodes.Element;

/**
 * The cheat sheets as back matter of the whole-book outputs: one entry per sheet (chapter, prompt) linking
 * to the chapter's {@code ## Cheat sheet} section, which those outputs already carry. Linking instead of
 * copying keeps one copy of each sheet (and of its diagram) in the EPUB and the single file; the printable
 * one-page versions are the PDF booklets.
 */
final class SheetIndexAppendix {
    static final String ID = "cheat-sheets";

    private SheetIndexAppendix() {
    }

    static List<Appendix> of(RenderContext context) {
        Element list = new Element("ul").addClass("sheet-index");
        for (Chapter chapter : context.book().chapters()) {
            Optional<Section> sheet = chapter.sections().stream()
                    .filter(s -> s.level() == 2 && s.title().strip().equalsIgnoreCase("cheat sheet")).findFirst();
            if (sheet.isEmpty()) continue;
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", chapter.id() + ".html#" + sheet.get().id()).text(chapter.title());
            if (chapter.frontMatter().prompt() != null) item.appendText(" — " + chapter.frontMatter().prompt());
        }
        if (list.children().isEmpty()) return List.of();
        Element body = new Element("div");
        body.appendElement("p").text("Each case study and the interview framework end with a one-page cheat sheet."
                + " The printable versions are the PDF booklets (A4 and US Letter) in the site's downloads.");
        body.appendChild(list);
        return List.of(new Appendix(ID, "Cheat sheets", body.html()));
    }
}
