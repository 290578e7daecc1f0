package org.guidebook.render.cheatsheet;

import org.jsoup.nodes.Element;

/**
 * The size a diagram prints at on a sheet. PlantUML draws in CSS pixels; a sheet shows a diagram at
 * {@value #SCALE} of that size (labels of 13 px print at about 7.8 pt), smaller only when the diagram is
 * wider than the sheet. The diagram must stay legible: its smallest text may not print below
 * {@value #MIN_TEXT_PT} pt.
 */
final class SheetDiagrams {
    static final double SCALE = 0.8;
    static final double MIN_TEXT_PT = 6;
    static final double PX_PER_MM = 96 / 25.4;
    private static final double PT_PER_PX = 0.75;
    /** SVG's initial font size, for text that sets none. */
    private static final double DEFAULT_FONT_PX = 16;

    private SheetDiagrams() {
    }

    /** The scale at which {@code svg} prints: {@link #SCALE}, or less if that would not fit the frame's width. */
    static double scale(Element svg) {
        double width = number(svg.attr("width"));
        if (width <= 0) return SCALE;
        return Math.min(SCALE, Paper.FRAME_WIDTH_MM * PX_PER_MM / width);
    }

    /** Sets the diagram's printed size (its viewBox keeps the drawing intact when the size changes). */
    static void applyScale(Element svg) {
        double scale = scale(svg);
        double width = number(svg.attr("width"));
        double height = number(svg.attr("height"));
        if (width > 0 && height > 0 && svg.hasAttr("viewBox")) {
            svg.attr("width", format(width * scale)).attr("height", format(height * scale));
        }
    }

    /** The printed size in points of the diagram's smallest text, or 0 when it has no text. */
    static double smallestTextPt(Element svg) {
        double smallest = Double.MAX_VALUE;
        for (Element text : svg.select("text")) {
            double px = DEFAULT_FONT_PX;
            for (Element e = text; e != null && e != svg.parent(); e = e.parent()) {
                if (e.hasAttr("font-size")) {
                    px = number(e.attr("font-size"));
                    break;
                }
            }
            smallest = Math.min(smallest, px);
        }
        return smallest == Double.MAX_VALUE ? 0 : smallest * scale(svg) * PT_PER_PX;
    }

    private static double number(String value) {
        try {
            return Double.parseDouble(value.replace("px", "").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whole pixels: openhtmltopdf reads only integer sizes on an inline SVG. */
    private static String format(double px) {
        return String.valueOf(Math.round(px));
    }
}
