package org.guidebook.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by every command. */
public final class CommonOptions {
    @Option(names = "--root", paramLabel = "DIR", description = "Repository that holds guide/, diagrams/ and templates/ (default: current folder).")
    Path root = Path.of(".");
}
