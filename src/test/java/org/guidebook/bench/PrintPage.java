package org.guidebook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.guidebook.browser.Browser;

/**
 * Prints a page of a built site to PDF with headless Chromium, as a reader's browser would, for looking at
 * (not for tests): {@code PrintPage SITE_DIR PAGE OUT.pdf WIDTH_MM HEIGHT_MM}.
 */
public final class PrintPage {
    private PrintPage() {
    }

    public static void main(String[] args) throws Exception {
        try (Browser browser = Browser.start(1200, 900)) {
            browser.open(Path.of(args[0]).resolve(args[1]));
            Path out = Path.of(args[2]);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.write(out, browser.printToPdf(Double.parseDouble(args[3]), Double.parseDouble(args[4]), false));
        }
    }
}
