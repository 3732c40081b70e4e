package studio.smartwork.portal.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the browser tests run against: a real Keycloak from the distribution zip (realm
 * imported, in-memory database, so every run starts clean) and the production jar with
 * profile {@code keycloak} on a scratch embedded database with the demo data. Test people
 * get their Keycloak passwords through the admin REST API. Everything started is stopped in
 * {@link #close()}, and by a shutdown hook should the test JVM end early.
 */
final class E2eEnvironment implements AutoCloseable {

    static final String CLIENT_SECRET = "e2e-client-secret";
    static final String PASSWORD = "E2e-Passw0rd-2026";

    private static final JsonMapper json = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> processes = new ArrayList<>();
    private final Path output = Path.of(System.getProperty("e2e.output", "target"));
    private final Path logs = output.resolve("e2e-logs");
    private final Thread shutdownHook = new Thread(this::stopAll, "e2e-stop");
    private Process keycloak;
    private Process portal;
    private Path portalData;

    final int keycloakPort = freePort();
    final int portalPort = freePort();
    final String keycloakUrl = "http://127.0.0.1:" + keycloakPort;
    final String realmUrl = keycloakUrl + "/realms/smartwork";
    // Keycloak on 127.0.0.1 and the portal on localhost: separate cookie jars, like separate hosts in production.
    final String portalUrl = "http://localhost:" + portalPort;

    E2eEnvironment() {
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    void start() throws Exception {
        Files.createDirectories(logs);
        Instant started = Instant.now();
        startKeycloak();
        System.out.printf("Keycloak ready after %d s%n", Duration.between(started, Instant.now()).toSeconds());
        startFirstPortal();
        System.out.printf("Keycloak and portal ready after %d s%n", Duration.between(started, Instant.now()).toSeconds());
    }

    private void startKeycloak() throws Exception {
        Path home = Path.of(System.getProperty("e2e.keycloak-home"));
        Path importDir = Files.createDirectories(home.resolve("data/import"));
        Files.copy(Path.of(System.getProperty("e2e.realm-file")), importDir.resolve("smartwork-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        home.resolve("bin/kc.sh").toFile().setExecutable(true);
        ProcessBuilder keycloak = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + keycloakPort, "--http-host=127.0.0.1", "--import-realm", "--db=dev-mem",
                "--cache=local", "--health-enabled=false")
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve("keycloak.log").toFile());
        keycloak.environment().put("JAVA_HOME", System.getProperty("java.home"));
        keycloak.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        keycloak.environment().put("PORTAL_URL", portalUrl);
        keycloak.environment().put("PORTAL_BACKCHANNEL_URL", portalUrl);
        keycloak.environment().put("KEYCLOAK_PORTAL_CLIENT_SECRET", CLIENT_SECRET);
        keycloak.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        Process process = keycloak.start();
        processes.add(process);
        this.keycloak = process;
        waitFor("Keycloak", process, Duration.ofMinutes(4), () -> status(realmUrl + "/.well-known/openid-configuration") == 200);
    }

    private void startFirstPortal() throws Exception {
        // A fresh directory, kept when the portal stops (an embedded database started "clean" is deleted when it
        // stops), so that a replacement started on it finds the first one's data; deleted when the run ends.
        portalData = Files.createTempDirectory("e2e-portal-db");
        Files.deleteIfExists(logs.resolve("portal.log"));
        startPortal();
    }

    /**
     * Replaces the portal as a rolling update replaces a replica: the running one is asked to stop
     * (SIGTERM, as Kubernetes sends it) and finishes gracefully; another starts on the same database
     * and address, knowing nothing of the first one's sessions. Returns how long the first took to stop.
     */
    synchronized Duration replacePortal() throws Exception {
        Instant asked = Instant.now();
        portal.destroy();
        if (!portal.waitFor(45, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException("The portal did not stop within the pod's grace period of 45 s");
        }
        Duration stopping = Duration.between(asked, Instant.now());
        processes.remove(portal);
        startPortal();
        return stopping;
    }

    private void startPortal() throws Exception {
        Path data = portalData;
        ProcessBuilder portal = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", System.getProperty("e2e.portal-jar"),
                "--spring.profiles.active=keycloak",
                "--server.port=" + portalPort,
                "--portal.database.embedded.data-directory=" + data,
                "--portal.database.embedded.clean=false",
                "--portal.demo-data.enabled=true",
                "--portal.keycloak.issuer=" + realmUrl,
                "--portal.keycloak.client-id=portal",
                "--portal.keycloak.client-secret=" + CLIENT_SECRET)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("portal.log").toFile()));
        Process process = portal.start();
        processes.add(process);
        this.portal = process;
        waitFor("The portal", process, Duration.ofMinutes(3),
                () -> status(portalUrl + "/actuator/health/readiness") == 200);
    }

    private static void waitFor(String what, Process process, Duration timeout, BooleanSupplier ready) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(what + " stopped while starting (exit " + process.exitValue() + "); see target/e2e-logs");
            }
            if (ready.getAsBoolean()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(what + " was not ready within " + timeout.toSeconds() + " s; see target/e2e-logs");
    }

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    // --- Keycloak users ---------------------------------------------------------------------

    /** The Keycloak user the portal created when it invited this person, or nothing. */
    JsonNode keycloakUser(String email) {
        JsonNode found = admin("GET", "/users?exact=true&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8), null);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Lets an invited person sign in, as they would after following Keycloak's e-mail: the
     * address verified, a password chosen, no actions left.
     */
    void completeInvitation(String email) {
        JsonNode user = keycloakUser(email);
        if (user == null) {
            throw new IllegalStateException("The portal did not create a Keycloak user for " + email);
        }
        String id = user.get("id").asString();
        admin("PUT", "/users/" + id, Map.of("emailVerified", true, "requiredActions", List.of()));
        admin("PUT", "/users/" + id + "/reset-password", Map.of("type", "password", "value", PASSWORD, "temporary", false));
    }

    /** Ends every Keycloak session of the person, as an administrator does in the admin console. */
    void signOutEverywhere(String email) {
        admin("POST", "/users/" + keycloakUser(email).get("id").asString() + "/logout", null);
    }

    /** A consultancy person, whom the portal does not invite: created directly, ready to sign in. */
    void createSignedUpUser(String email, String firstName, String lastName) {
        admin("POST", "/users", Map.of("username", email, "email", email, "firstName", firstName, "lastName", lastName,
                "enabled", true, "emailVerified", true,
                "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))));
    }

    private JsonNode admin(String method, String path, Object body) {
        try {
            String token = json.readTree(send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=portal&client_secret="
                            + CLIENT_SECRET)))).get("access_token").asString();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/smartwork" + path))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            String answer = send(request);
            return answer.isBlank() ? json.createObjectNode() : json.readTree(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to " + response.request().uri()
                    + ": " + response.body());
        }
        return response.body();
    }

    // --- Stopping -------------------------------------------------------------------------------

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run: nothing left to do.
        }
    }

    /** Takes Keycloak away while the portal keeps running, as in an outage. */
    synchronized void stopKeycloak() {
        stop(keycloak);
        processes.remove(keycloak);
    }

    private synchronized void stopAll() {
        processes.reversed().forEach(E2eEnvironment::stop);
        processes.clear();
        if (portalData != null) {
            try (var files = Files.walk(portalData)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException | UncheckedIOException leftBehind) {
                System.err.println("Could not delete " + portalData + ": " + leftBehind.getMessage());
            }
            portalData = null;
        }
    }

    private static void stop(Process process) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception notYet) {
                handle.destroyForcibly();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
