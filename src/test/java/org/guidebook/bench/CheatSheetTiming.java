package org.guidebook.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.guidebook.Guidebook;
import org.guidebook.diagram.DiagramStage;
import org.guidebook.render.RenderContext;
import org.guidebook.render.Theme;
import org.guidebook.render.cheatsheet.CheatSheetRenderer;
import org.guidebook.write.Output;

/**
 * How long the cheat sheets take in a build (measuring, fit check, both PDF booklets, site pages), for the
 * benchmark record, not for tests: runs the pipeline on a guide once, then the cheat-sheet renderer alone a few
 * times (the first run includes loading the PDF renderer's classes and fonts, as a real build does).
 *
 * <p>Usage: {@code CheatSheetTiming REPOSITORY_ROOT [RUNS]}
 */
public final class CheatSheetTiming {
    private CheatSheetTiming() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Guidebook.Result result = new Guidebook(root).run(new Guidebook.Options(root.resolve(Guidebook.CACHE_DIR), true,
                DiagramStage.Progress.NONE));
        for (int i = 1; i <= runs; i++) {
            Output output = new Output();
            long start = System.nanoTime();
            new CheatSheetRenderer().render(new RenderContext(result.book(), new org.guidebook.index.IndexStage().index(result.book()), List.of(),
                    new Theme(root), output, new org.guidebook.load.SourceTree(root)::readBytes,
                    org.guidebook.render.PublicationTime.of(result.book().meta().date(), null)));
            double seconds = (System.nanoTime() - start) / 1e9;
            long pdfs = output.files().entrySet().stream().filter(e -> e.getKey().endsWith(".pdf"))
                    .mapToLong(e -> e.getValue().bytes().length).sum();
            System.out.printf(Locale.ROOT, "run %d: %.2f s, %d files, PDFs %d bytes%n", i, seconds, output.files().size(), pdfs);
        }
    }
}
