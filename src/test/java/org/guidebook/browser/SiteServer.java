package org.guidebook.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A built site served over http on the loopback (the JDK's own server, any free port) under a sub-path, as a
 * static host would serve it. The folder it serves can be swapped, as a deployment of a new build would.
 */
final class SiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("pdf", "application/pdf"), Map.entry("epub", "application/epub+zip"),
            Map.entry("xml", "application/xml"), Map.entry("csv", "text/csv"));
    static final String PREFIX = "/guide/";
    private final HttpServer server;
    private final AtomicReference<Path> site;
    private volatile boolean stopped;

    SiteServer(Path site) {
        this.site = new AtomicReference<>(site);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(PREFIX, this::serve);
        server.start();
    }

    /** The address of {@code page} (a path from the site root). */
    String url(String page) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX + page;
    }

    /** Serves another build from now on. */
    void deploy(Path newSite) {
        site.set(newSite);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8).substring(PREFIX.length());
            if (path.isEmpty() || path.endsWith("/")) path += "index.html";
            Path root = site.get();
            Path file = root.resolve(path).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type",
                    TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(bytes);
            }
        }
    }

    /** Stops serving: from now on nothing answers on the port. */
    void stop() {
        if (stopped) return;
        stopped = true;
        server.stop(0);
    }

    @Override
    public void close() {
        stop();
    }
}
