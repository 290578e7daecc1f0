package org.guidebook.cli;

import java.io.PrintWriter;
import org.guidebook.diagram.DiagramStage;

/**
 * A single self-overwriting "Rendering diagrams n/total" line on an interactive terminal; silent when the
 * output is a log (CI), where a hundred carriage returns would only add noise.
 */
final class ProgressLine implements DiagramStage.Progress {
    private final PrintWriter err;
    private final boolean interactive;
    private int shownPercent = -1;

    ProgressLine(PrintWriter err) {
        this.err = err;
        this.interactive = System.console() != null;
    }

    @Override
    public synchronized void update(int done, int total) {
        if (!interactive || total == 0) return;
        int percent = done * 100 / total;
        if (percent == shownPercent && done != total) return;
        shownPercent = percent;
        err.print("\rRendering diagrams " + done + "/" + total + (done == total ? "\r\033[K" : ""));
        err.flush();
    }
}
