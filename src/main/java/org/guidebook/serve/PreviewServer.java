package org.guidebook.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.guidebook.Guidebook;
import org.guidebook.problem.AuthorErrors;
import org.guidebook.render.MediaTypes;
import org.guidebook.write.Output;

/**
 * {@code guidebook serve}: the guide built in memory and served over HTTP on this machine, rebuilt when a
 * source changes, with every open page reloaded. Nothing is written but the diagram and layout caches
 * that a build writes too; the served pages alone carry the small reload script, never {@code dist/}.
 * Uses the JDK's own HTTP server: no parsing of HTTP by hand.
 */
public final class PreviewServer implements AutoCloseable {
    /** Where the preview's own files live, out of the way of any page of a guide. */
    static final String PREFIX = "/__guidebook/";
    /** The folders whose changes trigger a rebuild. */
    static final List<String> WATCHED = List.of("guide", "diagrams", "templates");

    private final Path root;
    private final LiveReload live = new LiveReload();
    private final Preview preview;
    private final HttpServer server;
    private final ExecutorService handlers;
    private final SourceWatcher watcher;
    private final byte[] script;
    private static final byte[] NO_WORKER = ("self.addEventListener('install', function () { self.skipWaiting(); });\n"
            + "self.addEventListener('activate', function () { self.registration.unregister(); });\n")
            .getBytes(StandardCharsets.UTF_8);

    /**
     * Builds the guide and starts serving it on {@code address:port} (port 0 picks a free one). A first build
     * with mistakes still starts the server: the page shows the problems until they are fixed.
     */
    public PreviewServer(Path root, Guidebook.Options options, InetAddress address, int port, PrintWriter log) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.preview = new Preview(this.root, options, log, live);
        try {
            preview.buildFirst();
        } catch (AuthorErrors e) {
            e.problems().forEach(p -> log.println(p.format()));
            log.println("guidebook: " + e.problems().size() + " problem(s) found; fix them and the page reloads");
            preview.startBroken(e.problems());
        }
        try (InputStream in = PreviewServer.class.getResourceAsStream("live.js")) {
            script = in.readAllBytes();
        }
        AtomicInteger count = new AtomicInteger();
        // Each open page holds one thread on its event stream; the rest answer requests.
        handlers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "guidebook-serve-http-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server = HttpServer.create(new InetSocketAddress(address, port), 0);
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
        watcher = new SourceWatcher(this.root, WATCHED, preview::changed);
    }

    /** The address pages are served at, e.g. {@code http://127.0.0.1:8000/}. */
    public URI address() {
        InetSocketAddress bound = server.getAddress();
        String host = bound.getAddress().getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return URI.create("http://" + host + ":" + bound.getPort() + "/");
    }

    /** The result of the last build that succeeded. */
    public Guidebook.Result lastResult() {
        return preview.lastResult();
    }

    /** The generation of the pages being served: it grows by one with each successful rebuild. */
    public long generation() {
        return preview.snapshot().generation();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals(PREFIX + "live.js")) {
                send(exchange, 200, "text/javascript; charset=utf-8", script);
            } else if (path.equals(PREFIX + "events")) {
                events(exchange);
            } else if (path.endsWith("/sw.js")) {
                // The offline app's worker answers from its cache first, which would hide every edit: the
                // preview's stand-in does nothing and removes itself (and any worker a published copy left here).
                send(exchange, 200, "text/javascript; charset=utf-8", NO_WORKER);
            } else {
                page(exchange, path);
            }
        } catch (IOException e) {
            // the browser went away mid-answer
        }
    }

    private void page(HttpExchange exchange, String path) throws IOException {
        String file = path.substring(1);
        if (file.isEmpty() || file.endsWith("/")) file += "index.html";
        Preview.Snapshot snapshot = preview.snapshotFor(file);
        Map<String, Output.Entry> files = snapshot.output().files();
        int status = 200;
        Output.Entry entry = files.get(file);
        if (entry == null && files.containsKey(file + "/index.html")) entry = files.get(file = file + "/index.html");
        if (entry == null) {
            status = 404;
            file = "404.html";
            entry = files.get(file);
        }
        if (entry == null) {
            // No build has succeeded yet: a page that only carries the overlay.
            byte[] body = withScript("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Guidebook preview</title></head>"
                    + "<body><p>The guide has not built yet.</p></body></html>", snapshot.generation());
            send(exchange, status, "text/html; charset=utf-8", body);
            return;
        }
        byte[] bytes = entry.bytes() != null ? entry.bytes() : Files.readAllBytes(root.resolve(entry.copyOf()));
        String type = MediaTypes.served(file);
        if (type.startsWith("text/html")) bytes = withScript(new String(bytes, StandardCharsets.UTF_8), snapshot.generation());
        send(exchange, status, type, bytes);
    }

    /** The page with the reload script before its {@code </body>}; the generation lets it notice a missed rebuild. */
    private static byte[] withScript(String html, long generation) {
        String tag = "<script src=\"" + PREFIX + "live.js\" data-generation=\"" + generation + "\"></script>";
        int end = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String served = end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
        return served.getBytes(StandardCharsets.UTF_8);
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        LiveReload.Client client = live.open();
        try {
            OutputStream out = exchange.getResponseBody();
            Preview.Snapshot now = preview.snapshot();
            String query = exchange.getRequestURI().getQuery();
            // A rebuild between the page's load and this stream: reload at once. A broken build: show it.
            if (query != null && query.startsWith("g=") && !query.substring(2).equals(String.valueOf(now.generation()))) {
                client.send("reload", String.valueOf(now.generation()));
            }
            if (!now.problems().isEmpty()) client.send("problems", Overlay.json(now.problems()));
            out.write("retry: 300\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            for (String event; (event = client.next(15)) != null; ) {
                out.write(event.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            live.remove(client);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) exchange.getResponseBody().write(body);
    }

    /** Stops watching, building and serving; every thread the preview started has ended when this returns. */
    @Override
    public void close() {
        watcher.close();
        preview.close();
        live.closeAll();
        server.stop(0);
        handlers.shutdownNow();
        try {
            if (!handlers.awaitTermination(5, TimeUnit.SECONDS)) throw new IllegalStateException("preview threads did not stop");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** For the command: keeps the caller waiting until the process is stopped. */
    public void awaitStop() throws InterruptedException {
        new java.util.concurrent.CountDownLatch(1).await(); // until the process ends (Ctrl-C runs the stop hook)
    }

}
