package org.guidebook.render.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.guidebook.render.RenderContext;
import org.guidebook.render.Renderer;

/**
 * The installable offline site: the web app manifest and its icons, then the precache manifest of every file
 * written and the service worker ({@code sw.js}, at the site root so its scope is the whole site) that keeps them.
 * Runs last, after the sitemap, so the list holds everything. The site's pages link the manifest (layout
 * template) and register the worker from {@code guide.js}, over http(s) only; the single file and the EPUB do
 * neither.
 */
public final class OfflineAppRenderer implements Renderer {
    public static final String WORKER = "sw.js";
    static final String ICON_SVG = "assets/icon.svg";
    private static final String WORKER_SOURCE = "sw.js";

    static String icon(int size) {
        return "assets/icon-" + size + ".png";
    }

    @Override
    public String name() {
        return "offline app";
    }

    @Override
    public void render(RenderContext context) {
        ThemeColours colours = ThemeColours.of(context.theme().assetText("guide.css"));
        AppIcons icons = new AppIcons(context.book().meta().title(), colours.theme(), colours.background());
        context.output().text(ICON_SVG, icons.svg());
        context.output().bytes(icon(192), icons.png(192));
        context.output().bytes(icon(512), icons.png(512));
        context.output().text(AppManifest.PATH, AppManifest.of(context.book().meta(), colours));

        Precache precache = Precache.of(context.output(), context.files(), Set.of(WORKER, Precache.PATH));
        byte[] list = precache.json();
        context.output().bytes(Precache.PATH, list);
        context.output().text(WORKER, workerSource()
                .replace("__VERSION__", precache.version())
                .replace("__MANIFEST_INTEGRITY__", Precache.integrity(list)));
    }

    private static String workerSource() {
        try (InputStream in = OfflineAppRenderer.class.getResourceAsStream(WORKER_SOURCE)) {
            if (in == null) throw new IllegalStateException("service worker source missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
