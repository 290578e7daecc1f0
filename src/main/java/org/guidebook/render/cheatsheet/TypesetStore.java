package org.guidebook.render.cheatsheet;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.guidebook.cache.ContentStore;

/**
 * The {@link Typesetter}'s results kept between builds. Laying out the sheets four times (measure, fit,
 * A4, Letter) was a third of a build with every diagram cached; the layout depends only on the HTML (which
 * holds the CSS and the SVG), the PDF metadata and the typesetting libraries, so those are the key.
 */
final class TypesetStore {
    /** Versions of the libraries that lay out and write: a new one must not reuse an old layout. */
    private static final String LIBRARIES = "typeset v1 " + version("io.github.openhtmltopdf/openhtmltopdf-core")
            + " " + version("org.apache.pdfbox/pdfbox");

    private final ContentStore store;

    TypesetStore(ContentStore store) {
        this.store = store;
    }

    Map<String, Double> heights(String html, String idPrefix) {
        String key = ContentStore.key(LIBRARIES, "heights", idPrefix, html);
        Optional<Map<String, Double>> kept = store.get(key).flatMap(TypesetStore::readHeights);
        if (kept.isPresent()) return kept.get();
        Map<String, Double> heights = Typesetter.heights(html, idPrefix);
        store.put(key, writeHeights(heights));
        return heights;
    }

    Typesetter.Pdf pdf(String html, Typesetter.Info info) {
        String key = ContentStore.key(LIBRARIES, "pdf", info.title(), info.author(), info.subject(),
                info.created() == null ? "" : String.valueOf(info.created().getTimeInMillis()),
                String.valueOf(info.documentId()), html);
        Optional<Typesetter.Pdf> kept = store.get(key).flatMap(TypesetStore::readPdf);
        if (kept.isPresent()) return kept.get();
        Typesetter.Pdf pdf = Typesetter.pdf(html, info);
        store.put(key, writePdf(pdf));
        return pdf;
    }

    private static byte[] writeHeights(Map<String, Double> heights) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(heights.size());
            for (Map.Entry<String, Double> e : heights.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeDouble(e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Optional<Map<String, Double>> readHeights(byte[] body) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(body))) {
            int n = in.readInt();
            Map<String, Double> heights = new TreeMap<>();
            for (int i = 0; i < n; i++) heights.put(in.readUTF(), in.readDouble());
            return Optional.of(heights);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] writePdf(Typesetter.Pdf pdf) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(pdf.pages());
            out.write(pdf.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Optional<Typesetter.Pdf> readPdf(byte[] body) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(body))) {
            int pages = in.readInt();
            return Optional.of(new Typesetter.Pdf(in.readAllBytes(), pages));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String version(String artifact) {
        try (InputStream in = TypesetStore.class.getResourceAsStream("/META-INF/maven/" + artifact + "/pom.properties")) {
            if (in == null) return artifact + " unknown";
            Properties p = new Properties();
            p.load(in);
            return artifact + " " + p.getProperty("version");
        } catch (IOException e) {
            return artifact + " unknown";
        }
    }
}
