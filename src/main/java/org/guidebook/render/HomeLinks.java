package org.guidebook.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.guidebook.write.Output;

/**
 * What other renderers offer from the home page: downloads (shown with their sizes) and extra site pages such
 * as the cheat-sheet index. Renderers that add to it run before the site renderer, which reads it to build
 * the home page. Thread-safe; entries keep the order in which they were added, which is the fixed order of
 * the renderers, so the home page is the same on every build.
 */
public final class HomeLinks {
    private final List<PageContext.Download> downloads = new ArrayList<>();
    private final List<PageContext.Link> pages = new ArrayList<>();

    /** Adds {@code bytes} to the output at {@code path} (under {@code downloads/}) and lists it on the home page. */
    public synchronized void download(Output output, String path, String title, byte[] bytes) {
        if (!path.startsWith("downloads/")) throw new IllegalArgumentException("downloads live under downloads/: " + path);
        output.bytes(path, bytes);
        downloads.add(new PageContext.Download(path, title, size(bytes.length)));
    }

    /** Lists a site page (path relative to the site root) on the home page. */
    public synchronized void page(String path, String title) {
        pages.add(new PageContext.Link(path, title, 0));
    }

    public synchronized List<PageContext.Download> downloads() {
        return List.copyOf(downloads);
    }

    public synchronized List<PageContext.Link> pages() {
        return List.copyOf(pages);
    }

    /** A file size as readers see it: {@code 812 B}, {@code 96 KB}, {@code 1.4 MB} (decimal units, as phones show). */
    public static String size(long bytes) {
        if (bytes < 1000) return bytes + " B";
        if (bytes < 1_000_000) return Math.round(bytes / 1000.0) + " KB";
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
