package org.guidebook.serve;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The open pages' event streams (Server-Sent Events). A rebuild sends {@code reload} to every page; a build
 * that failed sends {@code problems}, which the page shows as an overlay over the last good page.
 */
final class LiveReload {
    /** One open page: the events waiting to be written to its stream. */
    static final class Client {
        private final LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
        private volatile boolean closed;

        /** The next event as SSE text, a keep-alive comment after {@code seconds} without one, or null once closed. */
        String next(int seconds) throws InterruptedException {
            if (closed) return null;
            String event = events.poll(seconds, TimeUnit.SECONDS);
            if (closed) return null;
            return event != null ? event : ": keep-alive\n\n";
        }

        void send(String name, String data) {
            StringBuilder event = new StringBuilder("event: ").append(name).append('\n');
            for (String line : data.split("\n", -1)) event.append("data: ").append(line).append('\n');
            events.add(event.append('\n').toString());
        }

        void close() {
            closed = true;
            events.add("");
        }
    }

    private final List<Client> clients = new CopyOnWriteArrayList<>();

    Client open() {
        Client client = new Client();
        clients.add(client);
        return client;
    }

    void remove(Client client) {
        clients.remove(client);
    }

    void broadcast(String name, String data) {
        for (Client client : clients) client.send(name, data);
    }

    int openClients() {
        return clients.size();
    }

    void closeAll() {
        for (Client client : clients) client.close();
        clients.clear();
    }
}
