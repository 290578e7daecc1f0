package org.guidebook.render.cheatsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.guidebook.problem.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The checks that stop a build for a sheet that would not print well, each reported at the sheet's
 * {@code ## Cheat sheet} line with what to do: a sheet taller than its page, a character the PDF fonts lack,
 * a diagram whose text would print too small.
 */
final class SheetChecks {
    /** Height of one line of body text (9.5 pt × 1.3, as in cheatsheet.css), to tell authors how many lines to cut. */
    private static final double LINE_MM = 9.5 * 1.3 * 25.4 / 72;

    private SheetChecks() {
    }

    /** {@code heightMm} is the sheet's laid-out height; more than the frame holds is a problem. */
    static void fit(CheatSheet sheet, double heightMm, Problems problems) {
        double over = heightMm - Paper.FRAME_HEIGHT_MM;
        if (over <= 0) return;
        int lines = (int) Math.ceil(over / LINE_MM);
        problems.add(sheet.source(), sheet.line(), String.format(Locale.ROOT,
                "the cheat sheet \"%s\" does not fit its printed page: it is %.1f mm tall, %.1f mm (about %d line%s)"
                        + " more than the %.0f mm a page holds at a legible type size — cut text from its boxes"
                        + " (short fragments, at most six bullets a box) until it fits",
                sheet.title(), heightMm, over, lines, lines == 1 ? "" : "s", Paper.FRAME_HEIGHT_MM));
    }

    /** Every character must be in the PDF's fonts; otherwise the printed page would show a placeholder. */
    static void glyphs(CheatSheet sheet, Problems problems) {
        StringBuilder text = new StringBuilder(sheet.title()).append(sheet.prompt() == null ? sheet.summary() : sheet.prompt());
        StringBuilder diagramText = new StringBuilder();
        for (String html : boxesAndIntro(sheet)) {
            Element body = Jsoup.parseBodyFragment(html).body();
            for (Element svg : body.select("svg")) {
                diagramText.append(svg.select("text").text());
                svg.remove();
            }
            text.append(body.text());
        }
        for (CheatSheet.Box box : sheet.boxes()) text.append(box.title());
        StringBuilder missing = new StringBuilder();
        missing(text.toString(), false, missing);
        missing(diagramText.toString(), true, missing);
        if (missing.length() > 0) {
            problems.add(sheet.source(), sheet.line(), "the cheat sheet uses " + missing + ", which its PDF fonts ("
                    + SheetFonts.SANS + ", DejaVu Sans in text) cannot print — write it another way");
        }
    }

    private static List<String> boxesAndIntro(CheatSheet sheet) {
        List<String> html = new ArrayList<>(List.of(sheet.intro()));
        for (CheatSheet.Box box : sheet.boxes()) html.add(box.html());
        return html;
    }

    private static void missing(String text, boolean inDiagram, StringBuilder out) {
        text.codePoints().distinct().sorted().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp) || cp == 0xA0 || SheetFonts.canPrint(cp, inDiagram)) return;
            if (out.length() > 0) out.append(", ");
            out.append('"').appendCodePoint(cp).append("\" (U+").append(String.format(Locale.ROOT, "%04X", cp)).append(')');
            if (inDiagram) out.append(" in a diagram");
        });
    }

    static void diagrams(CheatSheet sheet, Problems problems) {
        for (CheatSheet.Box box : sheet.boxes()) {
            for (Element svg : Jsoup.parseBodyFragment(box.html()).select("figure svg")) {
                double smallest = SheetDiagrams.smallestTextPt(svg);
                if (smallest > 0 && smallest < SheetDiagrams.MIN_TEXT_PT) {
                    problems.add(sheet.source(), sheet.line(), String.format(Locale.ROOT,
                            "the cheat-sheet diagram \"%s\" is too wide for the page: its smallest text would print at"
                                    + " %.1f pt (%.0f pt is the legible minimum) — draw it narrower (fewer boxes side by"
                                    + " side, or top to bottom)", svg.attr("aria-label"), smallest, SheetDiagrams.MIN_TEXT_PT));
                }
            }
        }
    }
}
