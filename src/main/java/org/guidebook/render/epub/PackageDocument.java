package org.guidebook.render.epub;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.guidebook.model.Meta;

/**
 * The package document ({@code EPUB/package.opf}): metadata from guide.yml ({@code dcterms:modified} exactly
 * once, from the publication time), the accessibility metadata, the manifest of every file in the container
 * and the spine in reading order.
 */
final class PackageDocument {
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private PackageDocument() {
    }

    /**
     * One manifest item. {@code href} is relative to the package document; {@code properties} may be empty;
     * {@code inSpine} items are read in the order they are listed.
     */
    record Item(String id, String href, String mediaType, String properties, boolean inSpine) {
    }

    static String of(Meta meta, Instant modified, Accessibility a11y, List<Item> items) {
        StringBuilder opf = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"book-id\" xml:lang=\"")
                .append(Xml.escape(meta.language())).append("\">\n")
                .append("<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        element(opf, "dc:identifier", "id=\"book-id\"", meta.identifier());
        element(opf, "dc:title", "id=\"title\"", meta.title());
        opf.append("<meta refines=\"#title\" property=\"title-type\">main</meta>\n");
        if (!meta.subtitle().isBlank()) {
            element(opf, "dc:title", "id=\"subtitle\"", meta.subtitle());
            opf.append("<meta refines=\"#subtitle\" property=\"title-type\">subtitle</meta>\n");
        }
        for (int i = 0; i < meta.authors().size(); i++) {
            String id = "author-" + (i + 1);
            element(opf, "dc:creator", "id=\"" + id + "\"", meta.authors().get(i));
            opf.append("<meta refines=\"#").append(id).append("\" property=\"role\" scheme=\"marc:relators\">aut</meta>\n");
        }
        element(opf, "dc:language", "", meta.language());
        element(opf, "dc:date", "", meta.date());
        if (!meta.license().isBlank()) element(opf, "dc:rights", "", meta.license());
        opf.append("<meta property=\"dcterms:modified\">").append(MODIFIED.format(modified)).append("</meta>\n");
        if (!meta.version().isBlank()) {
            opf.append("<meta property=\"schema:version\">").append(Xml.escape(meta.version())).append("</meta>\n");
        }
        for (String mode : a11y.accessModes()) meta(opf, "schema:accessMode", mode);
        for (String mode : a11y.accessModesSufficient()) meta(opf, "schema:accessModeSufficient", mode);
        for (String feature : a11y.features()) meta(opf, "schema:accessibilityFeature", feature);
        for (String hazard : a11y.hazards()) meta(opf, "schema:accessibilityHazard", hazard);
        meta(opf, "schema:accessibilitySummary", a11y.summary());
        // EPUB 2 readers find the cover through this; EPUB 3 readers through the cover-image property.
        opf.append("<meta name=\"cover\" content=\"cover-image\"/>\n");
        opf.append("</metadata>\n<manifest>\n");
        for (Item item : items) {
            opf.append("<item id=\"").append(item.id()).append("\" href=\"").append(Xml.escape(item.href()))
                    .append("\" media-type=\"").append(item.mediaType()).append('"');
            if (!item.properties().isEmpty()) opf.append(" properties=\"").append(item.properties()).append('"');
            opf.append("/>\n");
        }
        opf.append("</manifest>\n<spine>\n");
        for (Item item : items) {
            if (item.inSpine()) opf.append("<itemref idref=\"").append(item.id()).append("\"/>\n");
        }
        return opf.append("</spine>\n</package>\n").toString();
    }

    private static void element(StringBuilder opf, String name, String attributes, String value) {
        opf.append('<').append(name).append(attributes.isEmpty() ? "" : " " + attributes).append('>')
                .append(Xml.escape(value)).append("</").append(name).append(">\n");
    }

    private static void meta(StringBuilder opf, String property, String value) {
        opf.append("<meta property=\"").append(property).append("\">").append(Xml.escape(value)).append("</meta>\n");
    }
}
