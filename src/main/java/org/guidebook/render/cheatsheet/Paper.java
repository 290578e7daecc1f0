package org.guidebook.render.cheatsheet;

import java.util.Locale;

/**
 * The two paper sizes the PDF booklets are made for, and the one sheet frame that fits both.
 *
 * <p>Every sheet is laid out in the same frame, {@value #FRAME_WIDTH_MM} × {@value #FRAME_HEIGHT_MM} mm, so a
 * sheet that fits one paper fits the other, and the HTML page prints the same on either. The frame is the
 * width of A4 and 95 % of the height of US Letter inside {@value #MARGIN_MM} mm margins: the 5 % left over is
 * headroom for a browser that prints the HTML page with other fonts than the PDF's.
 */
enum Paper {
    A4("A4", 210, 297),
    LETTER("US Letter", 215.9, 279.4);

    static final double MARGIN_MM = 10;
    static final double FRAME_WIDTH_MM = 190;
    static final double FRAME_HEIGHT_MM = 246;

    final String title;
    final double widthMm;
    final double heightMm;

    Paper(String title, double widthMm, double heightMm) {
        this.title = title;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** The file-name part, e.g. {@code a4} in {@code <name>-cheatsheets-a4.pdf}. */
    String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The CSS that makes openhtmltopdf lay pages out on this paper. */
    String pageRule() {
        return String.format(Locale.ROOT, "@page { size: %smm %smm; margin: %smm; }", num(widthMm), num(heightMm), num(MARGIN_MM));
    }

    static String num(double mm) {
        return mm == Math.rint(mm) ? Long.toString((long) mm) : Double.toString(mm);
    }
}
