package org.guidebook;

import java.io.PrintWriter;
import org.guidebook.cli.BuildCommand;
import org.guidebook.cli.CheckCommand;
import org.guidebook.cli.BugReport;
import org.guidebook.cli.NewCommand;
import org.guidebook.cli.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Command-line entry point. Exit codes: 0 ok, 1 mistakes in the guide (each printed as
 * {@code path:line: message}), 2 wrong usage, 3 internal error (a bug in Guidebook: one line, the stack trace
 * only with {@code GUIDEBOOK_TRACE=1}).
 */
@Command(name = "guidebook", mixinStandardHelpOptions = true, version = "Guidebook 0.1.0",
        description = "Builds an offline study guide from Markdown chapters and PlantUML diagrams.",
        subcommands = {BuildCommand.class, CheckCommand.class, NewCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int AUTHOR_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code (used by tests, too). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> BugReport.report(err, e));
        try {
            return cli.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            return BugReport.report(err, e); // picocli lets errors through its handler
        }
    }
}
