package org.guidebook.render.epub;

import java.util.ArrayList;
import java.util.List;
import org.guidebook.model.Meta;

/**
 * The cover, drawn at build time as SVG from the guide's title, subtitle, authors and version. A bitmap
 * would depend on the fonts of the machine that rendered it; this file is the same on every machine and the
 * reader's device sets the type. Lines are wrapped by a character budget (no font metrics are needed).
 */
final class CoverSvg {
    static final int WIDTH = 1600;
    static final int HEIGHT = 2400;
    private static final int MARGIN = 140;

    private CoverSvg() {
    }

    /** The text a cover image stands for, used as its alternative text. */
    static String description(Meta meta) {
        StringBuilder text = new StringBuilder("Cover: ").append(meta.title());
        if (!meta.subtitle().isBlank()) text.append(" — ").append(meta.subtitle());
        if (!meta.authors().isEmpty()) text.append(", by ").append(String.join(", ", meta.authors()));
        return text.toString();
    }

    static String of(Meta meta) {
        StringBuilder svg = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Xml.escape(description(meta))).append("\">\n")
                .append("<title>").append(Xml.escape(description(meta))).append("</title>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#0b2f63\"/>\n");
        // A quiet motif of boxes and arrows, like the guide's diagrams.
        svg.append("<g fill=\"none\" stroke=\"#5d8fd8\" stroke-width=\"6\">\n")
                .append("<rect x=\"140\" y=\"1500\" width=\"360\" height=\"180\" rx=\"24\"/>\n")
                .append("<rect x=\"620\" y=\"1500\" width=\"360\" height=\"180\" rx=\"24\"/>\n")
                .append("<rect x=\"1100\" y=\"1500\" width=\"360\" height=\"180\" rx=\"24\"/>\n")
                .append("<rect x=\"620\" y=\"1800\" width=\"360\" height=\"180\" rx=\"24\"/>\n")
                .append("<path d=\"M500 1590 H620 M980 1590 H1100 M800 1680 V1800\"/>\n")
                .append("</g>\n<rect x=\"140\" y=\"330\" width=\"220\" height=\"16\" fill=\"#f4b26b\"/>\n");
        int y = 520;
        for (String line : wrap(meta.title(), 16)) {
            svg.append(text(line, y, 130, "bold", "#ffffff"));
            y += 150;
        }
        y += 40;
        for (String line : wrap(meta.subtitle(), 34)) {
            svg.append(text(line, y, 64, "normal", "#d6e4f7"));
            y += 84;
        }
        int bottom = 2200;
        if (!meta.version().isBlank()) svg.append(text("Version " + meta.version(), bottom, 48, "normal", "#d6e4f7"));
        int authorsY = bottom - 90;
        List<String> authors = wrap(String.join(", ", meta.authors()), 40);
        for (int i = authors.size() - 1; i >= 0; i--) {
            svg.append(text(authors.get(i), authorsY, 58, "bold", "#ffffff"));
            authorsY -= 76;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String text(String line, int y, int size, String weight, String fill) {
        return "<text x=\"" + MARGIN + "\" y=\"" + y + "\" font-family=\"sans-serif\" font-size=\"" + size
                + "\" font-weight=\"" + weight + "\" fill=\"" + fill + "\">" + Xml.escape(line) + "</text>\n";
    }

    /** Greedy word wrap to at most {@code width} characters per line (a longer word gets a line of its own). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) continue;
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }
}
