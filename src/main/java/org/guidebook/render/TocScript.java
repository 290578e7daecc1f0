package org.guidebook.render;

import java.util.List;
import org.guidebook.model.Book;
import org.guidebook.model.Chapter;
import org.guidebook.model.Part;

/**
 * The table of contents as one small script ({@code toc.js}) that every page loads and turns into its
 * sidebar. Writing the contents once instead of into every page keeps the site linear in the number of
 * chapters (mdBook went from 88 MiB to 15 MiB with the same change); a script, unlike a JSON file, also
 * loads from {@code file://}.
 */
final class TocScript {
    private TocScript() {
    }

    static String of(Book book) {
        StringBuilder js = new StringBuilder("window.GUIDEBOOK_TOC=[");
        List<Part> parts = book.parts();
        for (int p = 0; p < parts.size(); p++) {
            if (p > 0) js.append(',');
            js.append("{\"t\":").append(Json.string(parts.get(p).title())).append(",\"c\":[");
            List<Chapter> chapters = parts.get(p).chapters();
            for (int c = 0; c < chapters.size(); c++) {
                if (c > 0) js.append(',');
                js.append('[').append(Json.string(chapters.get(c).id())).append(',')
                        .append(Json.string(chapters.get(c).title())).append(']');
            }
            js.append("]}");
        }
        return js.append("];\n").toString();
    }
}
