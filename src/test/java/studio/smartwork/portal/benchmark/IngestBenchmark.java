package studio.smartwork.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.integrations.ApiKeyScope;
import studio.smartwork.portal.integrations.ApiKeys;
import studio.smartwork.portal.outcome.OutcomeService;
import studio.smartwork.portal.outcome.RunEvents;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * How fast the HTTP API takes run events, measured over real HTTP against the embedded
 * PostgreSQL the way an automation sends them: single events from several senders at once,
 * and batches of 10,000. Afterwards the stored count must equal what was acknowledged as new,
 * with every resend acknowledged and not stored twice. Writes its figures into
 * docs/benchmarks.md (section "Ingest"). Run with {@code mvn -Pbench verify}; it is not part
 * of the default build.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.api.rate-limit.requests-per-second=1000000", "portal.api.rate-limit.burst=1000000",
                "logging.level.root=WARN"})
class IngestBenchmark {

    private static final int SENDERS = 8;
    private static final int SINGLE_EVENTS = 20_000;
    private static final int WARM_UP = 2_000;
    private static final int BATCHES = 20;
    private static final int BATCH_SIZE = 10_000;
    private static final int RESENT = 1_000;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    record Figures(String what, long events, double seconds, double perSecond, double p50, double p95, double p99) {
    }

    @Test
    void ingest() throws Exception {
        TenantId acme = DemoTenants.id(context, "acme");
        SignIn.as(context, DemoPeople.CARLA);
        String key = context.getBean(ApiKeys.class).create(acme, "Benchmark " + run, EnumSet.allOf(ApiKeyScope.class)).secret();
        LiveSolution agent = context.getBean(OutcomeService.class).liveSolutions(acme).stream()
                .filter(s -> s.savingsMethod() == LiveSolution.SavingsMethod.RUNS && s.retiredIn() == null).findFirst().orElseThrow();
        RunEvents runEvents = context.getBean(RunEvents.class);
        long before = runEvents.count(acme, agent.recordId());
        SignIn.out();

        AtomicLong acknowledgedNew = new AtomicLong();
        singles(key, agent.reference(), "warm", WARM_UP, acknowledgedNew);
        Figures single = singles(key, agent.reference(), "single", SINGLE_EVENTS, acknowledgedNew);
        Figures batch = batches(key, agent.reference(), acknowledgedNew);

        // Resends: a thousand single events and a whole batch again; all acknowledged, none stored.
        AtomicLong resentNew = new AtomicLong();
        singles(key, agent.reference(), "single", RESENT, resentNew);
        String again = batchBody(agent.reference(), 0);
        HttpResponse<String> resent = post(key, "/api/v1/run-events/batch", again);
        assertThat(resent.statusCode()).isEqualTo(200);
        assertThat(resent.body()).contains("\"stored\":0");
        assertThat(resentNew.get()).as("resent single events are not new").isZero();

        SignIn.as(context, DemoPeople.CARLA);
        long stored = runEvents.count(acme, agent.recordId()) - before;
        SignIn.out();
        assertThat(stored).as("stored equals acknowledged as new: nothing lost, resends not doubled").isEqualTo(acknowledgedNew.get());
        assertThat(acknowledgedNew.get()).isEqualTo(WARM_UP + SINGLE_EVENTS + (long) BATCHES * BATCH_SIZE);
        write(single, batch, stored);
    }

    private Figures singles(String key, String solution, String label, int count, AtomicLong acknowledgedNew) throws Exception {
        long[] latencies = new long[count];
        AtomicLong next = new AtomicLong();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            running.add(senders.submit(() -> {
                for (int i = (int) next.getAndIncrement(); i < count; i = (int) next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> answer = post(key, "/api/v1/run-events", event(solution, label + "-" + run + "-" + i));
                    latencies[i] = System.nanoTime() - t0;
                    if (answer.statusCode() == 201) {
                        acknowledgedNew.incrementAndGet();
                    } else if (answer.statusCode() != 200) {
                        throw new IllegalStateException(answer.statusCode() + " " + answer.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> sender : running) {
            sender.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        senders.shutdown();
        Arrays.sort(latencies);
        return new Figures("Single events, " + SENDERS + " senders at once", count, seconds, count / seconds,
                millis(latencies, 0.50), millis(latencies, 0.95), millis(latencies, 0.99));
    }

    private Figures batches(String key, String solution, AtomicLong acknowledgedNew) {
        long[] latencies = new long[BATCHES];
        long started = System.nanoTime();
        for (int b = 0; b < BATCHES; b++) {
            String body = batchBody(solution, b);
            long t0 = System.nanoTime();
            HttpResponse<String> answer = post(key, "/api/v1/run-events/batch", body);
            latencies[b] = System.nanoTime() - t0;
            assertThat(answer.statusCode()).as(answer.body().length() > 300 ? answer.body().substring(0, 300) : answer.body()).isEqualTo(200);
            acknowledgedNew.addAndGet(BATCH_SIZE);
            assertThat(answer.body()).contains("\"stored\":" + BATCH_SIZE);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(latencies);
        long events = (long) BATCHES * BATCH_SIZE;
        return new Figures("Batches of " + String.format(Locale.ROOT, "%,d", BATCH_SIZE) + ", one sender", events, seconds,
                events / seconds, millis(latencies, 0.50), millis(latencies, 0.95), millis(latencies, 0.99));
    }

    private String batchBody(String solution, int batch) {
        StringBuilder body = new StringBuilder(BATCH_SIZE * 160).append("{\"events\":[");
        for (int i = 0; i < BATCH_SIZE; i++) {
            body.append(i == 0 ? "" : ",").append(event(solution, "batch-" + run + "-" + batch + "-" + i));
        }
        return body.append("]}").toString();
    }

    private static String event(String solution, String id) {
        OffsetDateTime at = OffsetDateTime.now(ZoneId.of("Europe/Madrid")).minusMinutes(5).withNano(0);
        return "{\"solution\":\"" + solution + "\",\"eventId\":\"" + id + "\",\"occurredAt\":\"" + at
                + "\",\"outcome\":\"succeeded\",\"durationMs\":84000}";
    }

    private HttpResponse<String> post(String key, String path, String body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .timeout(Duration.ofMinutes(2))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static void write(Figures single, Figures batch, long stored) throws IOException {
        String table = """
                <!-- ingest:start (written by IngestBenchmark; mvn -Pbench verify) -->
                ## Ingest of run events over the HTTP API

                Measured %s on %d cores, %s, Java %s, embedded PostgreSQL, client and portal on the same machine.
                Targets: at least 2,000 single events a second with p99 at most 50 ms; at least 50,000 a second in batches.

                | how | events | seconds | events a second | p50 ms | p95 ms | p99 ms | target |
                |---|---:|---:|---:|---:|---:|---:|---|
                %s
                %s

                After the run the stored events equal those acknowledged as new (%,d), with 1,000 single events and
                a batch of 10,000 sent again: acknowledged, not stored twice.
                <!-- ingest:end -->
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("java.version"),
                row(single, single.perSecond() >= 2000 && single.p99() <= 50),
                row(batch, batch.perSecond() >= 50_000), stored);
        Path file = Path.of("docs/benchmarks.md");
        String text = Files.exists(file) ? Files.readString(file)
                : "# Benchmarks\n\nFigures measured by benchmarks the project carries (`mvn -Pbench verify`), each writing its own section.\n\n";
        int start = text.indexOf("<!-- ingest:start");
        int end = text.indexOf("<!-- ingest:end -->");
        text = start >= 0 && end > start ? text.substring(0, start) + table + text.substring(end + "<!-- ingest:end -->\n".length())
                : text + table;
        Files.writeString(file, text);
        System.out.println(table);
    }

    private static String row(Figures f, boolean met) {
        return String.format(Locale.ROOT, "| %s | %,d | %.1f | %,.0f | %.1f | %.1f | %.1f | %s |", f.what(), f.events(), f.seconds(),
                f.perSecond(), f.p50(), f.p95(), f.p99(), met ? "met" : "NOT met");
    }
}
