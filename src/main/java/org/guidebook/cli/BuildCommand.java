package org.guidebook.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.guidebook.Guidebook;
import org.guidebook.Main;
import org.guidebook.write.BuildLock;
import org.guidebook.write.OutputWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code guidebook build}: every output into one folder (default {@code dist/}). */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build every output (site, print page, downloads) into the output folder.")
public final class BuildCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: dist under the root).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        return Reporting.run(err, () -> {
            long start = System.nanoTime();
            Path target = out != null ? out : common.root.resolve("dist");
            Guidebook guidebook = new Guidebook(common.root);
            Guidebook.Result result;
            long bytes;
            try (BuildLock lock = BuildLock.acquire(target)) { // held for the whole build: see BuildLock
                OutputWriter.recover(target);
                result = guidebook.run(common.options(err));
                bytes = guidebook.build(result, target);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            spec.commandLine().getOut().println(String.format(Locale.ROOT,
                    "Built %d chapters, %d diagrams (%d rendered, %d cached, %.2f s), %d files (%s) in %.1f s → %s (open index.html)",
                    result.book().chapters().size(), result.diagrams(), result.diagramsRendered(),
                    result.diagramsCached(), result.diagramSeconds(), result.output().files().size() + 1,
                    Reporting.size(bytes), seconds, target.toAbsolutePath().normalize()));
            return Main.OK;
        });
    }
}
