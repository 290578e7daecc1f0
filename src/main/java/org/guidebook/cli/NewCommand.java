package org.guidebook.cli;

import java.util.concurrent.Callable;
import org.guidebook.Main;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code guidebook new case-study NAME}: scaffolding (arrives with the cheat-sheet work). */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Create a chapter from a template.")
public final class NewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KIND", description = "What to create: case-study")
    String kind;

    @Parameters(index = "1", paramLabel = "NAME", description = "File name without .md, e.g. fraud-detection")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("guidebook new: not available yet in this version");
        return Main.USAGE;
    }
}
