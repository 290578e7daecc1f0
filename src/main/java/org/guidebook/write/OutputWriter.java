package org.guidebook.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.guidebook.problem.AuthorErrors;

/**
 * The {@code write} stage: writes the output into a staging folder next to the target and swaps it in only
 * when everything was written, so a failed build leaves the previous output intact. It refuses to replace a
 * non-empty folder that Guidebook did not create (recognised by its marker file). A build killed at any moment
 * leaves either the previous or the new output in place (the one window between the two renames is
 * repaired by the next build), and staging debris that the next build deletes; a disk that cannot be
 * written gives one line ({@link OutputFailure}). Concurrent builds are kept apart by {@link BuildLock}.
 */
public final class OutputWriter {
    /** Marks a folder as Guidebook's output, so a later build may replace it. */
    public static final String MARKER = ".guidebook-output";

    /** Writes {@code output} to {@code target}; returns the total size in bytes. */
    public long write(Output output, Path repositoryRoot, Path target) {
        Path dir = target.toAbsolutePath().normalize();
        refuseForeignFolder(dir);
        Path parent = dir.getParent();
        Path staging = parent.resolve("." + dir.getFileName() + ".staging");
        Path old = parent.resolve("." + dir.getFileName() + ".old");
        try {
            Files.createDirectories(parent);
            restoreInterrupted(dir, old);
            deleteTree(staging);
            deleteTree(old);
            Files.createDirectories(staging);
            long size = 0;
            for (Map.Entry<String, Output.Entry> file : output.files().entrySet()) {
                Path to = staging.resolve(file.getKey());
                Files.createDirectories(to.getParent());
                if (file.getValue().bytes() != null) {
                    Files.write(to, file.getValue().bytes());
                } else {
                    Files.copy(repositoryRoot.resolve(file.getValue().copyOf()), to, StandardCopyOption.REPLACE_EXISTING);
                }
                size += Files.size(to);
            }
            Files.writeString(staging.resolve(MARKER), "Built by Guidebook; the next build replaces this folder.\n");
            if (Files.exists(dir)) Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
            return size;
        } catch (IOException e) {
            deleteQuietly(staging); // a full disk gets its space back
            throw OutputFailure.of(dir, e);
        }
    }

    /**
     * A build killed between its two renames left the previous output in {@code .old} and none in place:
     * put it back before anything else, so it is never deleted as debris.
     */
    /** Repairs what a build killed between its renames left (see {@link #write}); called under {@link BuildLock}. */
    public static void recover(Path target) {
        Path dir = target.toAbsolutePath().normalize();
        try {
            restoreInterrupted(dir, dir.resolveSibling("." + dir.getFileName() + ".old"));
        } catch (IOException e) {
            throw OutputFailure.of(dir, e);
        }
    }

    private static void restoreInterrupted(Path dir, Path old) throws IOException {
        if (!Files.exists(dir) && Files.isRegularFile(old.resolve(MARKER))) {
            Files.move(old, dir, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            deleteTree(path);
        } catch (IOException | RuntimeException ignored) {
            // the next build deletes what is left
        }
    }

    private static void refuseForeignFolder(Path dir) {
        try {
            if (Files.isRegularFile(dir)) {
                throw AuthorErrors.single(dir.toString(), 0, "the output path is a file — choose a folder with --out");
            }
            if (Files.isDirectory(dir) && !Files.exists(dir.resolve(MARKER))) {
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw AuthorErrors.single(dir.toString(), 0, "folder is not empty and was not made by Guidebook,"
                                + " so it is not replaced — choose another folder with --out or empty it");
                    }
                }
            }
        } catch (IOException e) {
            throw OutputFailure.of(dir, e);
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) return;
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
