package studio.smartwork.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.ObjectName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;

/**
 * How much heap an open savings dashboard keeps per browser session: the demo data's executive
 * (Eva, Acme) opens it in N separate Vaadin sessions of one Vaadin service, all kept open;
 * after a full collection the heap used is compared with the same moment with none open. Writes
 * docs/benchmarks.md (section "Memory"). Run with
 * {@code mvn -o -B -q -Pbench verify -Dtest=SessionMemoryBenchmark}; not part of the default build.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"portal.demo-data.enabled=true", "logging.level.root=WARN",
        "vaadin.devmode.componentTracker.enabled=" + SessionMemoryBenchmark.COMPONENT_TRACKER})
class SessionMemoryBenchmark {

    /**
     * In development mode Vaadin keeps, for its dev tools, where each component was created and
     * attached: a stack trace per component, most of a session's heap. Production has no such
     * tracker, so it is off here unless {@code -Dbench.component-tracker=true} measures it too.
     */
    static final String COMPONENT_TRACKER = "${bench.component-tracker:false}";

    static {
        System.setProperty("vaadin.devmode.componentTracker.enabled", System.getProperty("bench.component-tracker", "false"));
    }

    private static final int[] SESSIONS = {10, 40};
    private static final int ROUNDS = 3;
    private static final int TARGET_BYTES = 100 * 1024;
    private static final String DASHBOARD = "t/acme/outcomes";
    /** A page of the same shell with little on it: the executive's notifications, none of them for Eva in the demo data. */
    private static final String SMALL_PAGE = "t/acme/notifications";


    @Autowired
    ApplicationContext context;

    private MockSpringServlet servlet;

    /** An open session: kept referenced so that nothing of it can be collected while measured. */
    private record Open(VaadinSession session, UI ui) {
    }

    @Test
    void anOpenDashboardKeepsLittleHeapPerSession() throws Exception {
        Routes routes = new Routes().autoDiscoverViews("studio.smartwork.portal");
        servlet = new MockSpringServlet(routes, context, UI::new);
        // Warm: classes loaded, caches of the service (routes, texts, query plans) filled, as on a running server.
        for (int i = 0; i < 5; i++) {
            close(open(5));
        }
        Slope dashboard = slope(DASHBOARD);
        Slope small = slope(SMALL_PAGE);
        String largest = dashboard.grown().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .map(e -> "| " + e.getKey() + " | " + kb(e.getValue() / (double) (SESSIONS[1] - SESSIONS[0])) + " |")
                .collect(Collectors.joining("\n"));
        write(dashboard, small, largest);
        MockVaadin.tearDown();
        SignIn.out();
    }

    /**
     * The live heap with none, 10 and 40 sessions of a page open, in rounds: 10 opened, then 30
     * more beside them, then all let go. The per-session figure is the slope, (40 − 10) ÷ 30,
     * read without letting any session go in between, so that whatever a let-go session leaves
     * to be collected later cannot count against it.
     */
    private Slope slope(String page) throws Exception {
        List<Double> slopes = new ArrayList<>();
        long[] last = new long[3];
        Map<String, Long> grown = Map.of();
        for (int round = 0; round < ROUNDS; round++) {
            Histogram none = Histogram.live();
            List<Open> sessions = open(SESSIONS[0], page);
            Histogram ten = Histogram.live();
            sessions.addAll(open(SESSIONS[1] - SESSIONS[0], page));
            Histogram forty = Histogram.live();
            assertThat(sessions).as("each session shows its page").hasSize(SESSIONS[1]).allMatch(o -> o.ui().getInternals()
                    .getActiveViewLocation().getPath().equals(page));
            close(sessions);
            slopes.add((forty.bytes() - ten.bytes()) / (double) (SESSIONS[1] - SESSIONS[0]));
            last = new long[] {none.bytes(), ten.bytes(), forty.bytes()};
            grown = forty.grownSince(ten);
        }
        return new Slope(page, slopes, median(slopes), last, grown);
    }

    record Slope(String page, List<Double> rounds, double median, long[] lastRound, Map<String, Long> grown) {
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /**
     * The live objects of the heap by class, from the JVM's class histogram (which runs a full
     * collection first and counts only what is reachable, so garbage made meanwhile by other
     * threads is not counted).
     */
    record Histogram(long bytes, Map<String, Long> byClass) {

        static Histogram live() throws Exception {
            // Twice: the second after what the first left to finalisers and cleaners is gone.
            histogramText();
            String text = histogramText();
            Map<String, Long> byClass = new HashMap<>();
            long total = 0;
            for (String line : text.split("\n")) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length >= 4 && parts[0].endsWith(":")) {
                    long bytes = Long.parseLong(parts[2]);
                    byClass.merge(parts[3], bytes, Long::sum);
                } else if (parts.length >= 3 && parts[0].equals("Total")) {
                    total = Long.parseLong(parts[2]);
                }
            }
            return new Histogram(total, byClass);
        }

        private static String histogramText() throws Exception {
            return (String) ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
        }

        Map<String, Long> grownSince(Histogram earlier) {
            Map<String, Long> grown = new HashMap<>();
            byClass.forEach((name, bytes) -> {
                long delta = bytes - earlier.byClass().getOrDefault(name, 0L);
                if (delta > 0) {
                    grown.put(name, delta);
                }
            });
            return grown;
        }
    }

    /** Opens the dashboard as Eva in {@code n} new sessions, each with its own UI, all left open. */
    private List<Open> open(int n) {
        return open(n, DASHBOARD);
    }

    private List<Open> open(int n, String page) {
        List<Open> sessions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SignIn.useSecurityContextOf(context);
            MockVaadin.setup(UI::new, servlet);
            var authentication = SignIn.as(context, DemoPeople.EVA);
            Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .map(a -> a.replaceFirst("^ROLE_", "")).collect(Collectors.toSet());
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> roles.contains(role));
            UI.getCurrent().navigate(page);
            // As a server does once the response is written: the changes for the browser are collected and let go.
            MockVaadin.clientRoundtrip(false);
            sessions.add(new Open(VaadinSession.getCurrent(), UI.getCurrent()));
        }
        return sessions;
    }

    /** Lets the sessions go, as when their browsers are gone and the sessions expired. */
    private static void close(List<Open> sessions) {
        sessions.clear();
        MockVaadin.tearDown();
    }

    private void write(Slope dashboard, Slope small, String largest) throws IOException {
        String section = """
                <!-- memory:start (written by SessionMemoryBenchmark; mvn -o -B -q -Pbench verify -Dtest=SessionMemoryBenchmark) -->
                ## Memory per open dashboard session

                Measured %s on %d cores, %s, Java %s (%s), heap at most %d MB; Vaadin in development mode as the tests run it,
                its component tracker %s (a stack trace kept per component for the dev tools; production has none).
                Target: at most 100 KB of retained heap per open savings dashboard.

                Method: the demo data's executive (Eva, Acme) opens the savings dashboard in separate Vaadin sessions of one
                Vaadin service (Karibu's mock servlet in front of the application's real views, services and database; each
                session's changes for the browser collected, as after a response), all kept open. The live heap is read from
                the JVM's class histogram (a full collection, then only reachable objects counted) with none open, with 10, and
                with 40 (30 more opened beside the 10); then all are let go. Per session is the slope, (live with 40 − live with
                10) ÷ 30. Warmed first (five times five sessions opened and let go), then %d rounds; the median is taken.

                | page | live heap: none · 10 · 40 open (last round) | per session, each round | median |
                |---|---|---|---:|
                | savings dashboard (`%s`) | %s · %s · %s | %s | **%s** |
                | for comparison, a small page of the same shell (`%s`) | %s · %s · %s | %s | %s |

                Per open dashboard session: **%s** (target %s). The small page measures what every open session of the shell
                costs (session, UI, menu and layout); the dashboard's own share is the difference, about %s.

                What 30 more dashboard sessions added, by class, per session (the largest, last round):

                | class | per session |
                |---|---:|
                %s
                <!-- memory:end -->
                """.formatted(LocalDate.now(ZoneId.of("Europe/London")), Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("java.version"), gcName(), Runtime.getRuntime().maxMemory() >> 20,
                Boolean.parseBoolean(System.getProperty("bench.component-tracker", "false")) ? "on" : "off", ROUNDS,
                dashboard.page(), mb(dashboard.lastRound()[0]), mb(dashboard.lastRound()[1]), mb(dashboard.lastRound()[2]),
                dashboard.rounds().stream().map(SessionMemoryBenchmark::kb).collect(Collectors.joining(", ")), kb(dashboard.median()),
                small.page(), mb(small.lastRound()[0]), mb(small.lastRound()[1]), mb(small.lastRound()[2]),
                small.rounds().stream().map(SessionMemoryBenchmark::kb).collect(Collectors.joining(", ")), kb(small.median()),
                kb(dashboard.median()), dashboard.median() <= TARGET_BYTES ? "met" : "NOT met", kb(dashboard.median() - small.median()),
                largest);
        Path file = Path.of("docs/benchmarks.md");
        String text = Files.readString(file);
        int start = text.indexOf("<!-- memory:start");
        int end = text.indexOf("<!-- memory:end -->");
        text = start >= 0 && end > start ? text.substring(0, start) + section + text.substring(end + "<!-- memory:end -->\n".length())
                : text + "\n" + section;
        Files.writeString(file, text);
        System.out.println(section);
    }

    private static String gcName() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).collect(Collectors.joining(", "));
    }

    private static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }

    private static String kb(double bytes) {
        return String.format("%.0f KB", bytes / 1024.0);
    }
}
