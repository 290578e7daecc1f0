package org.guidebook;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.guidebook.render.RenderContext;
import org.guidebook.render.Renderer;

/**
 * Runs renderers that do not read each other's output, at the same time on the common pool (the same pool the
 * renderers' own per-chapter parallel streams use, so the two cores are shared, never oversubscribed), or one
 * after another when the build is serial. An exception from any renderer (an author error found at render
 * time, or a bug) reaches the caller unchanged, after every renderer of the wave has stopped.
 */
final class RendererWave {
    private RendererWave() {
    }

    static void run(List<Renderer> wave, RenderContext context, boolean parallel) {
        if (!parallel || wave.size() == 1) {
            for (Renderer renderer : wave) renderer.render(context);
            return;
        }
        List<CompletableFuture<Void>> tasks = wave.stream()
                .map(r -> CompletableFuture.runAsync(() -> r.render(context))).toList();
        Throwable first = null;
        for (CompletableFuture<Void> task : tasks) {
            try {
                task.join();
            } catch (CompletionException e) {
                if (first == null) first = e.getCause();
            }
        }
        // The renderer's own exception, not a wrapper: its type (e.g. AuthorErrors) decides the exit code.
        if (first instanceof RuntimeException e) throw e;
        if (first instanceof Error e) throw e;
        if (first != null) throw new IllegalStateException(first);
    }
}
