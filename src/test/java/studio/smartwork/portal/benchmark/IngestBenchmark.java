package studio.smartwork.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Eight by default; {@code -Dbench.senders=N} shows how more senders at once change the figures. */
    private static final int SENDERS = Integer.getInteger("bench.senders", 8);
    private static final int SINGLE_EVENTS = 20_000;
    private static final int WARM_UP = 2_000;
    private static final int BATCHES = 20;
    private static final int BATCH_SENDERS = 2;
    private static final int BATCH_SIZE = 10_000;
    private static final int RESENT = 1_000;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

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

        floor(key);
        Figures floor = floor(key);
        AtomicLong acknowledgedNew = new AtomicLong();
        singles(key, agent.reference(), "warm", WARM_UP, acknowledgedNew);
        Figures single = singles(key, agent.reference(), "single", SINGLE_EVENTS, acknowledgedNew);
        Figures batch = batches(key, agent.reference(), acknowledgedNew);

        // Resends: a thousand single events and a whole batch again; all acknowledged, none stored.
        AtomicLong resentNew = new AtomicLong();
        singles(key, agent.reference(), "single", RESENT, resentNew);
        String again = batchBody(agent.reference(), 0);
        Object[] resent = connection().exchange("POST", "/api/v1/run-events/batch", key, again);
        assertThat((int) resent[0]).isEqualTo(200);
        assertThat((String) resent[1]).contains("\"stored\":0");
        assertThat(resentNew.get()).as("resent single events are not new").isZero();

        SignIn.as(context, DemoPeople.CARLA);
        long stored = runEvents.count(acme, agent.recordId()) - before;
        SignIn.out();
        assertThat(stored).as("stored equals acknowledged as new: nothing lost, resends not doubled").isEqualTo(acknowledgedNew.get());
        assertThat(acknowledgedNew.get()).isEqualTo(WARM_UP + SINGLE_EVENTS + (long) BATCHES * BATCH_SIZE);
        write(floor, single, batch, stored);
    }

    /** One call of a sender: the {@code i}-th of the run. */
    interface Call {
        void make(int i) throws Exception;
    }

    /**
     * Makes {@code count} calls from {@code senders} senders at once, each taking the next call
     * when its last is answered, and times each call and the whole.
     */
    private static Figures timed(String what, int senders, int count, Call call) throws Exception {
        long[] latencies = new long[count];
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            running.add(pool.submit(() -> {
                for (int i = (int) next.getAndIncrement(); i < count; i = (int) next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    call.make(i);
                    latencies[i] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        for (Future<?> sender : running) {
            sender.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        return new Figures(what, count, seconds, count / seconds, millis(latencies, 0.50), millis(latencies, 0.95), millis(latencies, 0.99));
    }

    private Figures singles(String key, String solution, String label, int count, AtomicLong acknowledgedNew) throws Exception {
        return timed("Single events, " + SENDERS + " senders at once", SENDERS, count, i -> {
            Object[] answer = connection().exchange("POST", "/api/v1/run-events", key, event(solution, label + "-" + run + "-" + i));
            if ((int) answer[0] == 201) {
                acknowledgedNew.incrementAndGet();
            } else if ((int) answer[0] != 200) {
                throw new IllegalStateException(answer[0] + " " + answer[1]);
            }
        });
    }

    /**
     * What the machine's HTTP path costs with no work behind it: the liveness probe, asked by the
     * same senders the same way. No endpoint can answer faster than this here.
     */
    private Figures floor(String key) throws Exception {
        return timed("No work at all (liveness probe), " + SENDERS + " senders: the floor", SENDERS, 10_000,
                i -> connection().exchange("GET", "/actuator/health/liveness", key, null));
    }

    private Figures batches(String key, String solution, AtomicLong acknowledgedNew) throws Exception {
        Figures calls = timed("Batches", BATCH_SENDERS, BATCHES, b -> {
            Object[] answer = connection().exchange("POST", "/api/v1/run-events/batch", key, batchBody(solution, b));
            String text = (String) answer[1];
            assertThat((int) answer[0]).as(text.length() > 300 ? text.substring(0, 300) : text).isEqualTo(200);
            assertThat(text).contains("\"stored\":" + BATCH_SIZE);
            acknowledgedNew.addAndGet(BATCH_SIZE);
        });
        long events = (long) BATCHES * BATCH_SIZE;
        return new Figures("Batches of " + String.format(Locale.ROOT, "%,d", BATCH_SIZE) + ", " + BATCH_SENDERS + " senders at once", events,
                calls.seconds(), events / calls.seconds(), calls.p50(), calls.p95(), calls.p99());
    }

    private String batchBody(String solution, int batch) {
        StringBuilder body = new StringBuilder(BATCH_SIZE * 160).append("{\"events\":[");
        for (int i = 0; i < BATCH_SIZE; i++) {
            body.append(i == 0 ? "" : ",").append(event(solution, "batch-" + run + "-" + batch + "-" + i));
        }
        return body.append("]}").toString();
    }

    private final ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> new Connection(port));

    private Connection connection() {
        return connections.get();
    }

    /** A kept-alive HTTP/1.1 connection, as lean as a load generator should be. */
    static final class Connection {
        private final int port;
        private java.net.Socket socket;
        private java.io.BufferedInputStream in;
        private java.io.OutputStream out;

        Connection(int port) {
            this.port = port;
            open();
        }

        private void open() {
            try {
                socket = new java.net.Socket("localhost", port);
                socket.setTcpNoDelay(true);
                in = new java.io.BufferedInputStream(socket.getInputStream(), 65536);
                out = new java.io.BufferedOutputStream(socket.getOutputStream(), 65536);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** Sends a request and answers its status and body. */
        Object[] exchange(String method, String path, String key, String body) throws IOException {
            byte[] content = body == null ? new byte[0] : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + key
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + content.length + "\r\n\r\n";
            out.write(head.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            String status = line();
            int length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                close |= lower.startsWith("connection:") && lower.contains("close");
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
                    answer.write(in.readNBytes(size));
                    line();
                }
                line();
            } else if (length > 0) {
                answer.write(in.readNBytes(length));
            }
            if (close) {
                // The server ends a kept-alive connection after so many calls; the sender opens another.
                socket.close();
                open();
            }
            return new Object[] {Integer.parseInt(status.split(" ")[1]), answer.toString(java.nio.charset.StandardCharsets.UTF_8)};
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new java.io.EOFException();
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }

    private static String event(String solution, String id) {
        OffsetDateTime at = OffsetDateTime.now(ZoneId.of("Europe/Madrid")).minusMinutes(5).withNano(0);
        return "{\"solution\":\"" + solution + "\",\"eventId\":\"" + id + "\",\"occurredAt\":\"" + at
                + "\",\"outcome\":\"succeeded\",\"durationMs\":84000}";
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static void write(Figures floor, Figures single, Figures batch, long stored) throws IOException {
        String table = """
                <!-- ingest:start (written by IngestBenchmark; mvn -Pbench verify) -->
                ## Ingest of run events over the HTTP API

                Measured %s on %d cores, %s, Java %s, embedded PostgreSQL; the senders (lean HTTP/1.1 clients, kept-alive
                connections), the portal and PostgreSQL share the machine's cores.
                Targets: at least 2,000 single events a second with p99 at most 50 ms; at least 50,000 a second in batches.

                | how | calls or events | seconds | a second | p50 ms | p95 ms | p99 ms | target |
                |---|---:|---:|---:|---:|---:|---:|---|
                %s
                %s
                %s

                After the run the stored events equal those acknowledged as new (%,d), with 1,000 single events and
                a batch of 10,000 sent again: acknowledged, not stored twice.
                <!-- ingest:end -->
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("java.version"),
                row(floor, null), row(single, single.perSecond() >= 2000 && single.p99() <= 50),
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

    private static String row(Figures f, Boolean met) {
        return String.format(Locale.ROOT, "| %s | %,d | %.1f | %,.0f | %.1f | %.1f | %.1f | %s |", f.what(), f.events(), f.seconds(),
                f.perSecond(), f.p50(), f.p95(), f.p99(), met == null ? "—" : met ? "met" : "NOT met");
    }
}
