package org.guidebook.render.cheatsheet;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;

/**
 * The fonts of the cheat-sheet PDFs: Liberation Sans and Liberation Mono (SIL Open Font License 1.1, from
 * the {@code openpdf-fonts-extra} jar), with DejaVu Sans (Bitstream Vera licence, from the
 * {@code jasperreports-fonts} jar) as the fallback for characters Liberation lacks, such as ⟨ ⟩. They are read
 * from the class path and embedded (subset) in every PDF; no system font is ever looked up, so the PDFs are
 * byte-identical on every machine. Liberation Sans has the metrics of Arial, the font most browsers print the
 * HTML page with, so the PDF and a printed page wrap alike.
 *
 * <p>The same files draw the diagrams' text: the SVGs ask for {@code sans-serif}, which is mapped here too.
 * Diagrams get no per-character fallback (the SVG drawer picks one font per text).
 */
final class SheetFonts {
    static final String SANS = "Liberation Sans";
    static final String MONO = "Liberation Mono";

    private record Face(String family, String file, int weight, FontStyle style, List<String> svgAliases) {
    }

    private static final String LIBERATION = "liberation/";
    private static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";

    private static final List<Face> FACES = List.of(
            new Face(SANS, LIBERATION + "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL, List.of("sans-serif", "SansSerif", "Arial", "Helvetica")),
            new Face(SANS, LIBERATION + "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL, List.of("sans-serif", "SansSerif", "Arial", "Helvetica")),
            new Face(SANS, LIBERATION + "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC, List.of("sans-serif", "SansSerif", "Arial", "Helvetica")),
            new Face(SANS, LIBERATION + "LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC, List.of("sans-serif", "SansSerif", "Arial", "Helvetica")),
            new Face(MONO, LIBERATION + "LiberationMono-Regular.ttf", 400, FontStyle.NORMAL, List.of("monospace", "Monospaced")),
            new Face(MONO, LIBERATION + "LiberationMono-Bold.ttf", 700, FontStyle.NORMAL, List.of("monospace", "Monospaced")));

    private static final List<Face> FALLBACK = List.of(
            new Face("DejaVu Sans", DEJAVU + "DejaVuSans.ttf", 400, FontStyle.NORMAL, List.of()),
            new Face("DejaVu Sans", DEJAVU + "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL, List.of()));

    private static volatile Font regular;
    private static volatile Font fallback;

    private SheetFonts() {
    }

    /** Registers every face with the builder, for the page text and for the diagrams. */
    static void register(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            byte[] bytes = read(face.file());
            builder.useFont(() -> new ByteArrayInputStream(bytes), face.family(), face.weight(), face.style(), true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
            for (String alias : face.svgAliases()) {
                builder.useFont(() -> new ByteArrayInputStream(bytes), alias, face.weight(), face.style(), true,
                        EnumSet.of(FSFontUseCase.SVG));
            }
        }
        for (Face face : FALLBACK) {
            byte[] bytes = read(face.file());
            builder.useFont(() -> new ByteArrayInputStream(bytes), face.family(), face.weight(), face.style(), true,
                    EnumSet.of(FSFontUseCase.FALLBACK_PRE));
        }
    }

    /**
     * True when the PDF can print {@code codePoint}: with Liberation Sans or its fallback in text, with
     * Liberation Sans alone in a diagram. Otherwise the PDF would print a placeholder box.
     */
    static boolean canPrint(int codePoint, boolean inDiagram) {
        if (regular == null) regular = awtFont(LIBERATION + "LiberationSans-Regular.ttf");
        if (fallback == null) fallback = awtFont(DEJAVU + "DejaVuSans.ttf");
        return regular.canDisplay(codePoint) || !inDiagram && fallback.canDisplay(codePoint);
    }

    private static Font awtFont(String file) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(read(file)));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the bundled font " + file + " cannot be read", e);
        }
    }

    private static final java.util.Map<String, byte[]> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private static byte[] read(String file) {
        return CACHE.computeIfAbsent(file, f -> {
            try (InputStream in = SheetFonts.class.getClassLoader().getResourceAsStream(f)) {
                if (in == null) throw new IllegalStateException("font " + f + " is missing from the class path");
                return withoutTable(in.readAllBytes(), "GSUB");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The TrueType font {@code ttf} without its table {@code tag}. The sheets drop {@code GSUB} (glyph
     * substitutions: ligatures and the like): the layout measures text without it, so drawing should not use
     * it either, and PDFBox applies it by compiling regular expressions for every string it draws, which made
     * writing a booklet several times slower.
     */
    static byte[] withoutTable(byte[] ttf, String tag) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(ttf);
        int count = in.getShort(4) & 0xffff;
        List<int[]> kept = new java.util.ArrayList<>(); // {tag, checksum, offset, length}
        for (int i = 0; i < count; i++) {
            int at = 12 + 16 * i;
            int[] record = {in.getInt(at), in.getInt(at + 4), in.getInt(at + 8), in.getInt(at + 12)};
            String name = new String(ttf, at, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (!name.equals(tag)) kept.add(record);
        }
        if (kept.size() == count) return ttf;
        int header = 12 + 16 * kept.size();
        int size = header;
        for (int[] r : kept) size += (r[3] + 3) & ~3;
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(kept.size());
        out.putInt(in.getInt(0)).putShort((short) kept.size()).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) ((kept.size() - power) * 16));
        int offset = header;
        for (int[] r : kept) {
            out.putInt(r[0]).putInt(r[1]).putInt(offset).putInt(r[3]);
            offset += (r[3] + 3) & ~3;
        }
        for (int[] r : kept) {
            out.put(ttf, r[2], r[3]);
            while (out.position() % 4 != 0) out.put((byte) 0);
        }
        return out.array();
    }
}
