package org.guidebook.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.guidebook.problem.Problems;

/**
 * Read-only access to the repository that holds the guide. Paths given to and returned by this class are
 * relative to the repository root and use forward slashes; a path that would leave the root is refused.
 * This is the only class outside {@code write} that touches the disk.
 */
public final class SourceTree {
    private final Path root;

    public SourceTree(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** True when {@code path} names a regular file inside the repository. */
    public boolean isFile(String path) {
        return Files.isRegularFile(root.resolve(path));
    }

    public byte[] readBytes(String path) {
        try {
            return Files.readAllBytes(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a text file that must be UTF-8 and within {@link TextLimits}. An invalid byte, a control
     * character, an over-long line, a file too large or one that cannot be read is reported as a problem at
     * its line and the result is empty, so a later stage never sees replacement characters or unbounded input.
     */
    public Optional<String> readText(String path, Problems problems) {
        byte[] bytes;
        try {
            Optional<String> tooBig = TextLimits.checkSize(Files.size(root.resolve(path)));
            if (tooBig.isPresent()) {
                problems.add(path, 0, tooBig.get());
                return Optional.empty();
            }
            bytes = Files.readAllBytes(root.resolve(path));
        } catch (IOException e) {
            problems.add(path, 0, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + ") — check that it is a readable file");
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
            Optional<TextLimits.Violation> violation = TextLimits.check(normalized);
            if (violation.isPresent()) {
                problems.add(path, violation.get().line(), violation.get().message());
                return Optional.empty();
            }
            return Optional.of(normalized);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidByte(bytes);
            problems.add(path, lineOf(bytes, bad),
                    "file is not valid UTF-8 (byte 0x" + String.format("%02X", bytes[bad] & 0xFF)
                            + ") — re-save it as UTF-8 in your editor");
            return Optional.empty();
        }
    }

    /**
     * Resolves {@code target} (a relative link written in {@code fromFile}) to a repository-relative path,
     * or empty when it leaves the repository.
     */
    public Optional<String> resolve(String fromFile, String target) {
        Path base = root.resolve(fromFile).getParent();
        Path resolved = base.resolve(target).normalize();
        if (!resolved.startsWith(root)) return Optional.empty();
        return Optional.of(relative(resolved));
    }

    /** Files under {@code folder} (repository-relative) whose names end with {@code suffix}, sorted. */
    public List<String> listFiles(String folder, String suffix) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .map(this::relative)
                    .filter(p -> p.endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String relative(Path absolute) {
        return root.relativize(absolute).toString().replace('\\', '/');
    }

    private static int firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (bytes[i] == '\n') line++;
        return line;
    }
}
