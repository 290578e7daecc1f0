package org.guidebook.render.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The OCF container: a zip whose first entry is {@code mimetype}, stored (not compressed) and without an
 * extra field, so a reader can recognise the file by its first bytes; then every other file compressed, in
 * the order given. Entry times are the publication time, written as local date-time fields so the time
 * zone of the building machine cannot change them: the same files give the same bytes.
 */
final class EpubZip {
    static final String MIMETYPE = "application/epub+zip";
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    /** Adds a file; the container keeps the order of the calls. */
    EpubZip add(String path, byte[] bytes) {
        if (files.putIfAbsent(path, bytes) != null) throw new IllegalStateException("twice in the EPUB: " + path);
        return this;
    }

    EpubZip add(String path, String text) {
        return add(path, text.getBytes(StandardCharsets.UTF_8));
    }

    byte[] bytes(Instant time) {
        LocalDateTime when = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            byte[] mimetype = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = entry("mimetype", when);
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            first.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = entry(file.getKey(), when);
                entry.setMethod(ZipEntry.DEFLATED);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static ZipEntry entry(String name, LocalDateTime when) {
        ZipEntry entry = new ZipEntry(name);
        // setTimeLocal stores the DOS date-time fields as given (no time-zone conversion, no extra field).
        entry.setTimeLocal(when);
        return entry;
    }
}
