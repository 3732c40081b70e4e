package studio.smartwork.portal.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP receiver on this machine, on a port of its own: it answers 503 until it is told
 * to accept (or until a moment), then 200, and keeps every call it got with its headers.
 */
final class Receiver implements AutoCloseable {

    record Call(String id, String timestamp, String signature, String body, int answered, Instant at) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile Instant refuseUntil = Instant.MAX;

    Receiver() throws IOException {
        this(0);
    }

    /** A receiver on a given port: one that comes back where an earlier one was. */
    Receiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Instant now = Instant.now();
            int status = now.isBefore(refuseUntil) ? 503 : 200;
            calls.add(new Call(exchange.getRequestHeaders().getFirst("webhook-id"), exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body, status, now));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void refuseUntil(Instant moment) {
        refuseUntil = moment;
    }

    void accept() {
        refuseUntil = Instant.MIN;
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> accepted() {
        return calls.stream().filter(c -> c.answered() == 200).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
