package org.guidebook.render.cheatsheet;

import java.util.List;

/**
 * One chapter's cheat sheet, as its author wrote it in the chapter's {@code ## Cheat sheet} section.
 *
 * @param id      the chapter id; the sheet's page is {@code cheatsheets/<id>.html}
 * @param source  the chapter file, relative to the repository root
 * @param line    the file line of the {@code ## Cheat sheet} heading, for problems with the sheet as a whole
 * @param prompt  the case study's prompt, or null (the summary is shown instead)
 * @param intro   HTML written between the {@code ##} heading and the first box (usually empty)
 * @param boxes   one per {@code ###} subsection, in the author's order
 */
record CheatSheet(String id, String source, int line, String title, String prompt, String summary, String intro,
                  List<Box> boxes) {

    CheatSheet {
        boxes = List.copyOf(boxes);
    }

    /** A {@code ###} subsection: its title and its content as (enriched) HTML. */
    record Box(String title, String html) {
    }

    /** {@code path:line} of the sheet's heading, as problems print it. */
    String where() {
        return source + ":" + line;
    }
}
