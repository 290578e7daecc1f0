package org.guidebook.render;

import java.util.Locale;
import java.util.Map;

/** Media types by file extension: for {@code data:} links in the single file and for the preview server. */
public final class MediaTypes {
    /** Files a chapter may link or show. */
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("svg", "image/svg+xml"),
            Map.entry("avif", "image/avif"), Map.entry("csv", "text/csv"), Map.entry("txt", "text/plain"),
            Map.entry("json", "application/json"), Map.entry("pdf", "application/pdf"),
            Map.entry("ipynb", "application/x-ipynb+json"), Map.entry("puml", "text/plain"),
            Map.entry("py", "text/x-python"), Map.entry("sql", "application/sql"), Map.entry("yml", "text/yaml"),
            Map.entry("yaml", "text/yaml"), Map.entry("md", "text/markdown"), Map.entry("zip", "application/zip"));
    /** The site's own file types, as a web server names them (the preview server). */
    private static final Map<String, String> WEB = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("xml", "application/xml"),
            Map.entry("epub", "application/epub+zip"), Map.entry("webmanifest", "application/manifest+json"));

    private MediaTypes() {
    }

    /** The media type of a carried file by its extension, {@code application/octet-stream} when unknown. */
    public static String of(String path) {
        return BY_EXTENSION.getOrDefault(extension(path), "application/octet-stream");
    }

    /** The media type a web server gives {@code path}: the site's own types first, then those of carried files. */
    public static String served(String path) {
        String type = WEB.get(extension(path));
        return type != null ? type : of(path);
    }

    private static String extension(String path) {
        return path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
