package org.guidebook.support;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.guidebook.Main;

/**
 * A throw-away repository for one test: the {@code basic} fixture guide, overlaid with the files of a named
 * fixture folder (which holds only what differs, plus an optional {@code .delete} list), and the real theme.
 */
public final class FixtureRepo {
    public static final Path PROJECT = Path.of("").toAbsolutePath();
    public static final Path FIXTURES = PROJECT.resolve("src/test/resources/fixtures");
    public final Path root;

    private FixtureRepo(Path root) {
        this.root = root;
    }

    /** The basic fixture with {@code overlay} applied ({@code null} for none), in a new folder under {@code parent}. */
    public static FixtureRepo of(Path parent, String overlay) {
        try {
            Path root = Files.createTempDirectory(parent, overlay == null ? "basic" : overlay);
            copyTree(FIXTURES.resolve("basic"), root);
            copyTree(PROJECT.resolve("templates"), root.resolve("templates"));
            if (overlay != null) {
                Path dir = FIXTURES.resolve(overlay);
                copyTree(dir, root);
                Path deletions = root.resolve(".delete");
                if (Files.exists(deletions)) {
                    for (String line : Files.readAllLines(deletions)) if (!line.isBlank()) Files.deleteIfExists(root.resolve(line.strip()));
                    Files.delete(deletions);
                }
            }
            return new FixtureRepo(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A repository holding an arbitrary guide folder (e.g. the project's own) with the real theme. */
    public static FixtureRepo copyOf(Path parent, Path source) {
        try {
            Path root = Files.createTempDirectory(parent, "copy");
            for (String dir : List.of("guide", "diagrams", "templates")) {
                if (Files.isDirectory(source.resolve(dir))) copyTree(source.resolve(dir), root.resolve(dir));
            }
            return new FixtureRepo(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    public void write(String relative, String content) {
        try {
            Files.createDirectories(root.resolve(relative).getParent());
            Files.writeString(root.resolve(relative), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the CLI with {@code --root} set to this repository. */
    public Run run(String... args) {
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--root";
        full[args.length + 1] = root.toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(full, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** The result of one CLI run. */
    public record Run(int exitCode, String out, String err) {
        public List<String> errorLines() {
            return err.lines().filter(l -> !l.startsWith("guidebook:")).toList();
        }
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
