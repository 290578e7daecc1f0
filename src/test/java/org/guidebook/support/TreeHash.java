package org.guidebook.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** A digest of every file's relative path and bytes under a folder, to compare two output trees. */
public final class TreeHash {
    private TreeHash() {
    }

    public static String of(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path f : files) {
                digest.update(dir.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(digest.digest()) + " (" + files.size() + " files)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Relative paths of the files that differ (or exist on one side only). */
    public static List<String> differences(Path a, Path b) {
        try (Stream<Path> wa = Files.walk(a); Stream<Path> wb = Files.walk(b)) {
            java.util.TreeSet<String> all = new java.util.TreeSet<>();
            wa.filter(Files::isRegularFile).forEach(p -> all.add(a.relativize(p).toString()));
            wb.filter(Files::isRegularFile).forEach(p -> all.add(b.relativize(p).toString()));
            return all.stream().filter(rel -> {
                try {
                    Path pa = a.resolve(rel), pb = b.resolve(rel);
                    return !Files.exists(pa) || !Files.exists(pb) || Files.mismatch(pa, pb) != -1;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
