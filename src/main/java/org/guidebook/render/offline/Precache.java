package org.guidebook.render.offline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidebook.render.Json;
import org.guidebook.render.RenderContext;
import org.guidebook.write.Output;

/**
 * The precache manifest: every file the build wrote (pages, assets, search files, images, downloads), each with
 * the SHA-256 of its bytes as a subresource-integrity value, so the service worker stores exactly this build's
 * bytes and refuses a half-uploaded site. Read from the {@link Output} after every other renderer, so a file a
 * new renderer adds is listed without touching this class. The worker and this list itself are left out: the
 * browser fetches the worker on its own, and a list cannot hold its own hash.
 */
final class Precache {
    static final String PATH = "precache-manifest.json";

    /** One listed file: its path from the site root, integrity ({@code sha256-…}) and size in bytes. */
    record File(String url, String integrity, long size) {
    }

    private final List<File> files;
    private final byte[] json;

    private Precache(List<File> files) {
        this.files = List.copyOf(files);
        StringBuilder out = new StringBuilder("{\"files\": [\n");
        for (int i = 0; i < files.size(); i++) {
            File f = files.get(i);
            out.append("  {\"url\": ").append(Json.string(f.url())).append(", \"integrity\": \"").append(f.integrity())
                    .append("\", \"size\": ").append(f.size()).append('}').append(i + 1 < files.size() ? ",\n" : "\n");
        }
        this.json = out.append("]}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static Precache of(Output output, RenderContext.RepositoryFiles repository, Set<String> leftOut) {
        List<File> files = new ArrayList<>();
        for (Map.Entry<String, Output.Entry> entry : output.files().entrySet()) { // sorted: same list every build
            if (leftOut.contains(entry.getKey())) continue;
            byte[] bytes = entry.getValue().bytes() != null ? entry.getValue().bytes() : repository.read(entry.getValue().copyOf());
            files.add(new File(entry.getKey(), integrity(bytes), bytes.length));
        }
        return new Precache(files);
    }

    List<File> files() {
        return files;
    }

    byte[] json() {
        return json.clone();
    }

    long totalBytes() {
        return files.stream().mapToLong(File::size).sum();
    }

    /** Names this build's cache: the start of the list's SHA-256 in hex, new whenever any file changes. */
    String version() {
        return HexFormat.of().formatHex(sha256(json)).substring(0, 16);
    }

    static String integrity(byte[] bytes) {
        return "sha256-" + Base64.getEncoder().encodeToString(sha256(bytes));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }
}
