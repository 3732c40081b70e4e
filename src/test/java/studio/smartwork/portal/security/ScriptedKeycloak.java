package studio.smartwork.portal.security;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for Keycloak's token and admin endpoints on a local port: each test says what
 * each endpoint answers, and reads back what the portal sent. It answers over real HTTP, so
 * the admin client is exercised as it is in production.
 */
final class ScriptedKeycloak implements AutoCloseable {

    record Answer(int status, String body, Map<String, String> headers) {
    }

    record Request(String method, String pathAndQuery, String body, String authorization) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    ScriptedKeycloak() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String pathAndQuery = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            requests.add(new Request(exchange.getRequestMethod(), pathAndQuery, body, authorization == null ? "" : authorization));
            Answer answer = answers.getOrDefault(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath(),
                    new Answer(404, "", Map.of()));
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value.replace("{base}", base())));
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            if (!answer.body().isEmpty()) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String realmUrl() {
        return base() + "/realms/smartwork";
    }

    ScriptedKeycloak answer(String methodAndPath, int status, String body, Map<String, String> headers) {
        answers.put(methodAndPath, new Answer(status, body, headers));
        return this;
    }

    ScriptedKeycloak answer(String methodAndPath, int status) {
        return answer(methodAndPath, status, "", Map.of());
    }

    ScriptedKeycloak issuesTokens() {
        return answer("POST /realms/smartwork/protocol/openid-connect/token", 200,
                "{\"access_token\":\"t0ken\",\"token_type\":\"Bearer\",\"expires_in\":300}", Map.of());
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requests(String method, String pathPrefix) {
        return requests.stream().filter(r -> r.method().equals(method) && r.pathAndQuery().startsWith(pathPrefix)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
