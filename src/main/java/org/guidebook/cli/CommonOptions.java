package org.guidebook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.guidebook.Guidebook;
import picocli.CommandLine.Option;

/** Options shared by every command. */
public final class CommonOptions {
    @Option(names = "--root", paramLabel = "DIR", description = "Repository that holds guide/, diagrams/ and templates/ (default: current folder).")
    Path root = Path.of(".");

    @Option(names = "--no-cache", description = "Render every diagram and cheat-sheet layout again instead of reusing .guidebook-cache/.")
    boolean noCache;

    Guidebook.Options options(PrintWriter err) {
        Path cache = noCache ? null : root.resolve(Guidebook.CACHE_DIR);
        return new Guidebook.Options(cache, true, new ProgressLine(err));
    }
}
