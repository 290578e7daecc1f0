package org.guidebook.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.guidebook.Guidebook;
import org.guidebook.Main;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code guidebook check}: every validation of a build, nothing written. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Run every validation of a build without writing anything.")
public final class CheckCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return Reporting.run(spec.commandLine().getErr(), () -> {
            long start = System.nanoTime();
            Guidebook.Result result = new Guidebook(common.root).run(common.options(spec.commandLine().getErr()));
            spec.commandLine().getOut().println(String.format(Locale.ROOT, "OK: %d chapters, %d diagrams checked in %.1f s",
                    result.book().chapters().size(), result.diagrams(), (System.nanoTime() - start) / 1e9));
            return Main.OK;
        });
    }
}
