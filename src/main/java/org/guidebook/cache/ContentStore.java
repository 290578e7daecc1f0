package org.guidebook.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A folder of results keyed by a hash of everything they were computed from, so a build with nothing
 * changed does not compute them again. Each entry starts with a checksum of its body: a truncated or edited
 * entry is detected, deleted and computed again, never used. Entries are written to a temporary file and
 * moved into place, so a build killed while writing leaves no half entry under a real name. A store that
 * cannot be read or written only costs time.
 */
public final class ContentStore {
    private static final byte[] MAGIC = "guidebook-store v1 ".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = MAGIC.length + 64 + 1;
    private final Path dir;

    /** A store in {@code dir}, or one that keeps nothing when {@code dir} is null. */
    public ContentStore(Path dir) {
        this.dir = dir;
    }

    public static ContentStore none() {
        return new ContentStore(null);
    }

    /** The key for a result computed from {@code parts} (joined unambiguously). */
    public static String key(String... parts) {
        MessageDigest digest = sha256();
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public Optional<byte[]> get(String key) {
        if (dir == null) return Optional.empty();
        Path file = dir.resolve(key);
        try {
            if (!Files.isRegularFile(file)) return Optional.empty();
            byte[] content = Files.readAllBytes(file);
            if (content.length >= HEADER && Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                    && content[HEADER - 1] == '\n') {
                byte[] body = Arrays.copyOfRange(content, HEADER, content.length);
                String stored = new String(content, MAGIC.length, 64, StandardCharsets.US_ASCII);
                if (stored.equals(HexFormat.of().formatHex(sha256().digest(body)))) return Optional.of(body);
            }
            Files.deleteIfExists(file); // corrupted: compute again
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void put(String key, byte[] body) {
        if (dir == null) return;
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, key, ".tmp");
            byte[] header = (new String(MAGIC, StandardCharsets.US_ASCII) + HexFormat.of().formatHex(sha256().digest(body)) + "\n")
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] content = Arrays.copyOf(header, header.length + body.length);
            System.arraycopy(body, 0, content, header.length, body.length);
            Files.write(temp, content);
            Files.move(temp, dir.resolve(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A store that cannot be written only costs time on the next build.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
