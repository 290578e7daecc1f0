package org.guidebook.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the folders an author edits ({@code guide/}, {@code diagrams/}, {@code templates/}, with every
 * subfolder, including ones created later) with the JDK's {@link WatchService}, and reports each burst of
 * changes once: an editor's save is often several events (write, rename, attribute change) within a few
 * milliseconds, and one rebuild should answer them all.
 */
final class SourceWatcher implements AutoCloseable {
    /** How long a burst may stay quiet before it counts as finished. */
    private static final long QUIET_MS = 25;

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    SourceWatcher(Path root, List<String> watched, Consumer<Set<String>> onChange) {
        this.root = root;
        try {
            this.service = root.getFileSystem().newWatchService();
            for (String name : watched) {
                Path dir = root.resolve(name);
                if (Files.isDirectory(dir)) registerTree(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root + ": " + e.getMessage(), e);
        }
        this.thread = new Thread(() -> loop(onChange), "guidebook-serve-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path folder : walk.filter(Files::isDirectory).toList()) {
                folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
            }
        }
    }

    private void loop(Consumer<Set<String>> onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                Set<String> changed = new TreeSet<>();
                collect(key, changed);
                // Keep collecting until the burst has been quiet for QUIET_MS.
                for (WatchKey more; (more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null; ) collect(more, changed);
                if (!changed.isEmpty()) onChange.accept(changed);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the server is stopping
        }
    }

    private void collect(WatchKey key, Set<String> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                changed.add("(many files)");
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            String name = path.getFileName().toString();
            // Editors' swap, backup and lock files are not sources.
            if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")) continue;
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    // a folder that vanished at once needs no watching
                }
            }
            changed.add(root.relativize(path).toString().replace('\\', '/'));
        }
        if (!key.reset()) folders.remove(key);
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing left to release
        }
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
