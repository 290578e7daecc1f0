package org.guidebook.render.cheatsheet;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Lays out HTML and CSS in Java with openhtmltopdf, to measure boxes (the fit check is this real layout, not
 * a character count) and to write the PDF booklets. Configured so the output depends only on its input:
 * the bundled fonts only, no resource loading of any kind (no network, no disk), and fixed PDF metadata
 * (creation date, document id) instead of the clock.
 */
final class Typesetter {
    private static final double MM_PER_POINT = 25.4 / 72;

    /**
     * PDFBox maps the 14 standard PDF fonts to system fonts when its font classes load and warns on
     * java.util.logging that "Symbol" falls back to another font. Sheets embed their own fonts and never use
     * Symbol, so the warning only confused authors; kept in a field because java.util.logging holds loggers
     * weakly and would forget the level.
     */
    private static final java.util.logging.Logger PDFBOX_FONTS = java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.font");

    static {
        // openhtmltopdf logs every page to java.util.logging; problems reach us through the diagnostics instead.
        XRLog.setLoggingEnabled(false);
        PDFBOX_FONTS.setLevel(Level.SEVERE);
    }

    private Typesetter() {
    }

    /** The PDF's document information, fixed by the caller so two builds give the same bytes. */
    record Info(String title, String author, String subject, Calendar created, long documentId) {
    }

    /**
     * Lays {@code html} out and returns the height in millimetres (border box) of every element whose id
     * starts with {@code idPrefix}, sorted by id. Lay the document out on a page taller than anything measured,
     * so no element is cut by a page break.
     */
    static Map<String, Double> heights(String html, String idPrefix) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        try (PdfBoxRenderer renderer = builder(html, diagnostics).buildPdfRenderer()) {
            renderer.layout();
            Map<String, Double> heights = new TreeMap<>();
            for (Map.Entry<String, Box> e : renderer.getSharedContext().getIdMap().entrySet()) {
                if (!e.getKey().startsWith(idPrefix)) continue;
                heights.put(e.getKey(), e.getValue().getHeight() / renderer.getDotsPerPoint() * MM_PER_POINT);
            }
            failOnErrors(diagnostics);
            return heights;
        }
    }

    /** The PDF of {@code html}, with {@code info} as its metadata; returns the file's bytes and its page count. */
    static Pdf pdf(String html, Info info) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        try (PdfBoxRenderer renderer = builder(html, diagnostics).buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            failOnErrors(diagnostics);
            try (PDDocument document = renderer.getPdfDocument()) {
                PDDocumentInformation meta = new PDDocumentInformation();
                meta.setTitle(info.title());
                meta.setAuthor(info.author());
                meta.setSubject(info.subject());
                meta.setCreator("Guidebook");
                meta.setProducer("Guidebook (openhtmltopdf, Apache PDFBox)");
                if (info.created() != null) meta.setCreationDate(info.created());
                document.setDocumentInformation(meta);
                // PDFBox derives the file identifier from this number instead of the clock.
                document.setDocumentId(info.documentId());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return new Pdf(out.toByteArray(), document.getNumberOfPages());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a cheat-sheet PDF", e);
        }
    }

    /** A finished PDF file. */
    record Pdf(byte[] bytes, int pages) {
    }

    private static PdfRendererBuilder builder(String html, List<Diagnostic> diagnostics) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(W3CDom.convert(Jsoup.parse(html)), "about:blank");
        builder.useSVGDrawer(new BatikSVGDrawer());
        // Everything a sheet needs is inline (CSS, SVG) or bundled (fonts): refuse every other resource.
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withDiagnosticConsumer(diagnostics::add);
        SheetFonts.register(builder);
        return builder;
    }

    private static void failOnErrors(List<Diagnostic> diagnostics) {
        List<String> severe = diagnostics.stream().filter(d -> d.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(Diagnostic::getFormattedMessage).toList();
        if (!severe.isEmpty()) throw new IllegalStateException("openhtmltopdf reported errors: " + severe);
    }
}
