package org.guidebook.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.guidebook.model.Meta;
import org.guidebook.write.Output;

/**
 * The files in {@code downloads/}: where each portable output goes, and the list the home page shows with
 * sizes. The renderers that make downloads run before the site renderer (see {@code Guidebook.renderers}),
 * so the list holds every download of the build.
 */
public final class Downloads {
    public static final String DIR = "downloads/";

    private Downloads() {
    }

    /** {@code downloads/<name>.epub}. */
    public static String epub(Meta meta) {
        return DIR + meta.name() + ".epub";
    }

    /** {@code downloads/<name>-cheatsheets-<paper>.pdf}: every cheat sheet, one per page, on A4 or US Letter. */
    public static String cheatSheets(Meta meta, String paper) {
        return DIR + meta.name() + "-cheatsheets-" + paper + ".pdf";
    }

    /** {@code downloads/<name>.html}: the whole guide in one self-contained file. */
    public static String singleFile(Meta meta) {
        return DIR + meta.name() + ".html";
    }

    /** Every generated file under {@code downloads/}, in path order, with a label and a readable size. */
    public static List<PageContext.Download> of(Output output) {
        List<PageContext.Download> downloads = new ArrayList<>();
        for (Map.Entry<String, Output.Entry> file : output.files().entrySet()) {
            if (!file.getKey().startsWith(DIR) || file.getValue().bytes() == null) continue;
            String name = file.getKey().substring(DIR.length());
            downloads.add(new PageContext.Download(file.getKey(), label(name), name, size(file.getValue().bytes().length)));
        }
        return downloads;
    }

    private static String label(String name) {
        if (name.endsWith(".epub")) return "E-book (EPUB) for Apple Books, Google Play Books, KOReader, Calibre";
        if (name.endsWith(".html")) return "The whole guide in one HTML file, for any browser, offline";
        if (name.endsWith("-cheatsheets-a4.pdf")) return "Cheat sheets, one per page, A4 paper (PDF)";
        if (name.endsWith("-cheatsheets-letter.pdf")) return "Cheat sheets, one per page, US Letter paper (PDF)";
        if (name.endsWith(".pdf")) return "PDF";
        return "File";
    }

    /** A size as readers know it: {@code 840 kB}, {@code 3.4 MB} (decimal units, like file managers). */
    static String size(long bytes) {
        if (bytes < 1_000) return bytes + " B";
        if (bytes < 1_000_000) return Math.round(bytes / 1_000.0) + " kB";
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
