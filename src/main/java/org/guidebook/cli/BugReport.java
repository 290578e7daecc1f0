package org.guidebook.cli;

import java.io.PrintWriter;
import org.guidebook.Main;

/**
 * The message for a bug in Guidebook (exit code 3): one line naming the error and where it happened, so a
 * reader can tell it from a mistake in the guide and report it. The full stack trace is printed only when
 * the environment variable {@value #TRACE_VARIABLE} is set, for whoever debugs it.
 */
public final class BugReport {
    public static final String TRACE_VARIABLE = "GUIDEBOOK_TRACE";

    private BugReport() {
    }

    public static int report(PrintWriter err, Throwable e) {
        StackTraceElement at = null;
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.guidebook.")) {
                at = frame;
                break;
            }
        }
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
        err.println("guidebook: internal error (a bug in Guidebook, not in your guide): " + what
                + (at == null ? "" : " in " + at.getClassName().replaceFirst("^org\\.guidebook\\.", "") + "."
                + at.getMethodName() + ":" + at.getLineNumber())
                + " — please report it with the command you ran; set " + TRACE_VARIABLE + "=1 for the details."
                + " The previous output is unchanged.");
        if (System.getenv(TRACE_VARIABLE) != null) e.printStackTrace(err);
        err.flush();
        return Main.INTERNAL;
    }

    private static String firstLine(String message) {
        String line = message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
