package org.guidebook.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A fixture guide built once per test JVM with the CLI and shared by the tests that only read its output
 * (EPUB, single file, HTML validity, browser checks), so the suite builds and validates each file once.
 */
public final class BuiltFixture {
    private static final Map<String, Path> BUILT = new HashMap<>();

    private BuiltFixture() {
    }

    /** The output folder of {@code overlay} ({@code null}: the basic fixture), built on first use. */
    public static synchronized Path output(String overlay) {
        return BUILT.computeIfAbsent(overlay == null ? "basic" : overlay, key -> {
            try {
                Path temp = Files.createTempDirectory("guidebook-built-" + key);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(temp)));
                Path out = temp.resolve("dist");
                FixtureRepo.Run run = FixtureRepo.of(temp, overlay).run("build", "--out", out.toString());
                if (run.exitCode() != 0) throw new AssertionError("fixture " + key + " did not build:\n" + run.err());
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at JVM exit
        }
    }
}
