package org.guidebook.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Content-addressed store of PlantUML's SVG output, so a rebuild with nothing changed renders no diagram.
 * The key hashes the self-contained source (which already holds every included file, the shared style and
 * the layout pragma) together with the PlantUML version. Each entry carries a checksum of its body: a
 * truncated or edited entry is detected, deleted and rendered again, never served.
 */
public final class DiagramCache {
    private static final String MAGIC = "guidebook-diagram-cache v1 ";
    private final Path dir;

    /** A cache in {@code dir}, or a cache that stores nothing when {@code dir} is null. */
    public DiagramCache(Path dir) {
        this.dir = dir;
    }

    public static DiagramCache none() {
        return new DiagramCache(null);
    }

    static String key(String source, String plantUmlVersion) {
        return sha256("plantuml " + plantUmlVersion + "\n" + source);
    }

    Optional<String> get(String key) {
        if (dir == null) return Optional.empty();
        Path file = dir.resolve(key + ".svg");
        try {
            if (!Files.isRegularFile(file)) return Optional.empty();
            String content = Files.readString(file, StandardCharsets.UTF_8);
            int newline = content.indexOf('\n');
            if (newline > 0 && content.startsWith(MAGIC)) {
                String body = content.substring(newline + 1);
                if (content.substring(MAGIC.length(), newline).equals(sha256(body))) return Optional.of(body);
            }
            Files.deleteIfExists(file); // corrupted: render again
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void put(String key, String svg) {
        if (dir == null) return;
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, key, ".tmp");
            Files.writeString(temp, MAGIC + sha256(svg) + "\n" + svg, StandardCharsets.UTF_8);
            Files.move(temp, dir.resolve(key + ".svg"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A cache that cannot be written only costs time on the next build.
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
