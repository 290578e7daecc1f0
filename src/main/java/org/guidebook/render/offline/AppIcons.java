package org.guidebook.render.offline;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The app's icon, drawn at build time: the title's initials in the background colour on a rounded square of the
 * theme colour. The letters are glyph outlines of DejaVu Sans Bold (shipped in a build dependency, so every
 * machine draws the same shapes), turned into one SVG path and filled with Java2D for the PNGs: same input, same
 * bytes, and no font needed where the icon is shown.
 */
final class AppIcons {
    /** The drawing's own units; the SVG's viewBox and the PNGs' scale. */
    private static final double BOX = 512;
    private static final double CORNER = 96;
    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

    private final Shape letters;
    private final Color background;
    private final Color ink;

    AppIcons(String title, Color background, Color ink) {
        this.background = background;
        this.ink = ink;
        this.letters = centred(initials(title));
    }

    /** Up to two letters: the initials of the title's first two words ("Machine Learning …" → "ML"). */
    static String initials(String title) {
        StringBuilder out = new StringBuilder();
        for (String word : title.strip().split("[\\s\\-–—:/]+")) {
            if (word.isEmpty() || out.codePointCount(0, out.length()) == 2) continue;
            int cp = word.codePointAt(0);
            if (Character.isLetterOrDigit(cp)) out.appendCodePoint(cp);
        }
        return out.length() == 0 ? "?" : out.toString().toUpperCase(Locale.ROOT);
    }

    /** The initials' outline, scaled to fit the middle of the box and centred on it. */
    private static Shape centred(String text) {
        Font font = font().deriveFont(Font.BOLD, 100f);
        Shape outline = font.createGlyphVector(new FontRenderContext(null, true, true), text).getOutline();
        Rectangle2D bounds = outline.getBounds2D();
        double scale = Math.min(BOX * 0.62 / bounds.getWidth(), BOX * 0.42 / bounds.getHeight());
        AffineTransform at = new AffineTransform();
        at.translate(BOX / 2, BOX / 2);
        at.scale(scale, scale);
        at.translate(-bounds.getCenterX(), -bounds.getCenterY());
        return at.createTransformedShape(outline);
    }

    private static Font font() {
        try (InputStream in = AppIcons.class.getResourceAsStream(FONT)) {
            if (in == null) throw new IllegalStateException("font missing from the build: " + FONT);
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The icon as SVG: a rounded square and one path, coordinates to a tenth of a unit. */
    String svg() {
        StringBuilder d = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = letters.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(n(c[0])).append(' ').append(n(c[1]));
                case PathIterator.SEG_LINETO -> d.append('L').append(n(c[0])).append(' ').append(n(c[1]));
                case PathIterator.SEG_QUADTO -> d.append('Q').append(n(c[0])).append(' ').append(n(c[1])).append(' ')
                        .append(n(c[2])).append(' ').append(n(c[3]));
                case PathIterator.SEG_CUBICTO -> d.append('C').append(n(c[0])).append(' ').append(n(c[1])).append(' ')
                        .append(n(c[2])).append(' ').append(n(c[3])).append(' ').append(n(c[4])).append(' ').append(n(c[5]));
                default -> d.append('Z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 512 512\" width=\"512\" height=\"512\">"
                + "<rect width=\"512\" height=\"512\" rx=\"" + n(CORNER) + "\" fill=\"" + hex(background) + "\"/>"
                + "<path fill=\"" + hex(ink) + "\" fill-rule=\"nonzero\" d=\"" + d + "\"/></svg>\n";
    }

    /** The icon as a PNG of {@code size}×{@code size} pixels. */
    byte[] png(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(size / BOX, size / BOX);
            g.setColor(background);
            g.fill(new RoundRectangle2D.Double(0, 0, BOX, BOX, 2 * CORNER, 2 * CORNER));
            g.setColor(ink);
            g.fill(letters);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String n(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
