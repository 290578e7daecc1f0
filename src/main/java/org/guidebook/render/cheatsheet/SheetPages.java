package org.guidebook.render.cheatsheet;

import java.util.Arrays;
import java.util.List;
import org.guidebook.model.Book;
import org.guidebook.model.Chapter;
import org.guidebook.render.Downloads;
import org.guidebook.render.PageContext;
import org.guidebook.render.Pages;
import org.guidebook.render.RenderContext;
import org.guidebook.render.Theme;

/**
 * The sheets' site pages: {@code cheatsheets/<id>.html} per sheet (the sheet, with links to its chapter, to
 * the other sheets and to the booklets) and the index {@code cheatsheets/index.html}. Written after the
 * booklets, whose sizes the pages show.
 */
final class SheetPages {
    private SheetPages() {
    }

    /** Writes every sheet page and the index; {@code arrangements} are the rows the booklets used. */
    static void write(RenderContext context, List<CheatSheet> sheets, List<List<SheetArranger.Row>> arrangements,
                            String footer) {
        Book book = context.book();
        Theme theme = context.theme();
        // The sheets' pages offer the booklets, and no other download.
        List<String> booklets = Arrays.stream(Paper.values()).map(p -> Downloads.cheatSheets(book.meta(), p.slug())).toList();
        List<PageContext.Download> downloads = Downloads.of(context.output()).stream()
                .filter(d -> booklets.contains(d.url())).toList();
        PageContext.Site site = Pages.site(book, downloads, List.of());
        SheetMarkup markup = new SheetMarkup(SheetMarkup.Target.SITE, footer);
        for (int i = 0; i < sheets.size(); i++) {
            CheatSheet sheet = sheets.get(i);
            Chapter chapter = book.chapter(sheet.id()).orElseThrow();
            PageContext.Link prev = i == 0 ? null : new PageContext.Link(sheets.get(i - 1).id() + ".html", sheets.get(i - 1).title(), 0);
            PageContext.Link next = i + 1 == sheets.size() ? null
                    : new PageContext.Link(sheets.get(i + 1).id() + ".html", sheets.get(i + 1).title(), 0);
            PageContext page = new PageContext(site, "../", "cheatsheet", sheet.id(), sheet.title() + ": cheat sheet",
                    sheet.prompt() != null ? sheet.prompt() : sheet.summary(), markup.sheet(sheet, arrangements.get(i)),
                    Pages.card(chapter, Pages.partOf(book, chapter), "../" + chapter.page()), List.of(), prev, next,
                    List.of(), "");
            context.output().text(CheatSheetRenderer.FOLDER + sheet.id() + ".html", theme.render("cheatsheet", page));
        }
        List<String> ids = sheets.stream().map(CheatSheet::id).toList();
        List<PageContext.PartView> parts = Pages.parts(book, c -> c.id() + ".html").stream()
                .map(p -> new PageContext.PartView(p.title(), p.anchor(),
                        p.chapters().stream().filter(c -> ids.contains(c.id())).toList()))
                .filter(p -> !p.chapters().isEmpty()).toList();
        PageContext index = new PageContext(site, "../", "cheatsheets", "cheatsheets", "Cheat sheets",
                "One printable page per case study: requirements, framing, data, model, metrics, serving, pitfalls.",
                "", null, List.of(), null, null, parts, "");
        context.output().text(CheatSheetRenderer.INDEX, theme.render("cheatsheets", index));
    }
}
