package org.guidebook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.guidebook.Main;
import org.guidebook.write.CaseStudyScaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code guidebook new case-study NAME}: a new case-study chapter, with its diagrams, listed in {@code guide.yml}. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a case-study chapter (with every section, cheat sheet and questions) and its two diagrams"
                + " from templates/new/, and list it in guide/guide.yml under the case-study part.")
public final class NewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KIND", description = "What to create: case-study")
    String kind;

    @Parameters(index = "1", paramLabel = "NAME", description = "File name without .md, e.g. fraud-detection")
    String name;

    @Option(names = "--root", paramLabel = "DIR", description = "Repository that holds guide/, diagrams/ and templates/ (default: current folder).")
    Path root = Path.of(".");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        if (!kind.equals("case-study")) {
            err.println("guidebook new: unknown kind `" + kind + "` — the only kind is case-study: guidebook new case-study NAME");
            return Main.USAGE;
        }
        if (!CaseStudyScaffold.isValidName(name)) {
            err.println("guidebook new: `" + name + "` is not a usable name — use lower-case letters, digits and hyphens,"
                    + " e.g. fraud-detection");
            return Main.USAGE;
        }
        return Reporting.run(err, () -> {
            CaseStudyScaffold.Created created = new CaseStudyScaffold().create(root, name);
            var out = spec.commandLine().getOut();
            for (String file : created.files()) out.println("Created " + file);
            out.println("Listed case-studies/" + name + ".md in guide/guide.yml under \"" + created.part() + "\"");
            out.println("Next: replace the TODOs, then run: guidebook build");
            return Main.OK;
        });
    }
}
