package org.guidebook.render.cheatsheet;

import org.guidebook.write.Output;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * On a chapter's site page, a link from its {@code ## Cheat sheet} heading to the sheet's printable page. Only
 * the site gets it (the print page, the single file and the EPUB carry no sheet pages), and only when the
 * sheet was made, which the cheat-sheet renderer, running first, has recorded in the output.
 */
public final class SheetLink {
    private SheetLink() {
    }

    /** {@code chapterHtml} with the link added below the cheat-sheet heading, or unchanged without a sheet. */
    public static String add(String chapterHtml, String chapterId, Output output) {
        String page = CheatSheetRenderer.FOLDER + chapterId + ".html";
        if (output.generated(page) == null) return chapterHtml;
        Document doc = Jsoup.parseBodyFragment(chapterHtml);
        doc.outputSettings().prettyPrint(false);
        Element heading = doc.body().children().stream()
                .filter(e -> e.tagName().equals("h2") && e.ownText().strip().equalsIgnoreCase(SheetSection.HEADING))
                .findFirst().orElse(null);
        if (heading == null) return chapterHtml;
        heading.after("<p class=\"sheet-link\"><a href=\"" + page + "\">Printable page: this cheat sheet on one sheet of"
                + " paper</a></p>");
        return doc.body().html();
    }
}
