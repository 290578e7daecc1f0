package org.guidebook.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF the way a test needs it, with Apache PDFBox: pages and their sizes, the text of a page, the
 * printed size of every character, the fonts, and where ink actually lands on a page (rendered, not guessed).
 */
public final class PdfPages implements AutoCloseable {
    private static final double MM_PER_POINT = 25.4 / 72;
    private final PDDocument document;

    private PdfPages(PDDocument document) {
        this.document = document;
    }

    public static PdfPages of(byte[] pdf) {
        try {
            return new PdfPages(Loader.loadPDF(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int count() {
        return document.getNumberOfPages();
    }

    /** Width and height of page {@code index} (0-based) in millimetres. */
    public double[] sizeMm(int index) {
        PDPage page = document.getPage(index);
        return new double[] {page.getMediaBox().getWidth() * MM_PER_POINT, page.getMediaBox().getHeight() * MM_PER_POINT};
    }

    public String text(int index) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(index + 1);
            stripper.setEndPage(index + 1);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every character printed on page {@code index} as text (not drawn as outlines), with its printed size. */
    public List<Glyph> glyphs(int index) {
        List<Glyph> glyphs = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    // The printed size: the font size scaled by the text and page matrices (getFontSizeInPt rounds).
                    glyphs.add(new Glyph(text.getUnicode(), text.getTextMatrix().getScalingFactorY(), text.getFont().getName()));
                }
            };
            stripper.setStartPage(index + 1);
            stripper.setEndPage(index + 1);
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }

    /** One printed character: its text, size in points and font name. */
    public record Glyph(String text, float sizePt, String font) {
    }

    /** Names of every font used on any page, with whether it is embedded. */
    public List<String> fonts() {
        List<String> fonts = new ArrayList<>();
        try {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    String entry = font.getName() + (font.isEmbedded() ? "" : " (not embedded)");
                    if (!fonts.contains(entry)) fonts.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    /**
     * Where ink lands on page {@code index}: {left, top, right, bottom} in millimetres from the page's top-left
     * corner, found by rendering the page and looking for any pixel that is not white; null for a blank page.
     */
    public double[] inkBoxMm(int index) {
        try {
            float dpi = 100;
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(index, dpi);
            int left = Integer.MAX_VALUE, top = Integer.MAX_VALUE, right = -1, bottom = -1;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                    if (r > 245 && g > 245 && b > 245) continue;
                    left = Math.min(left, x);
                    right = Math.max(right, x + 1);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y + 1);
                }
            }
            if (right < 0) return null;
            double mmPerPixel = 25.4 / dpi;
            return new double[] {left * mmPerPixel, top * mmPerPixel, right * mmPerPixel, bottom * mmPerPixel};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
