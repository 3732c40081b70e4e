package studio.smartwork.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.audit.AuditAnalysis;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.TaskCatalogue;
import studio.smartwork.portal.audit.TimeLog;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.outcome.OutcomeService;
import studio.smartwork.portal.people.Invitations;
import studio.smartwork.portal.people.TenantMembers;
import studio.smartwork.portal.people.TenantTeams;
import studio.smartwork.portal.portfolio.PortfolioService;
import studio.smartwork.portal.shared.PageRequest;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * How long each page's server-side work takes for a big client (see {@link BigClient}: 500
 * staff, 200 tasks, a million time entries, ten solutions live for five years, a consultant of
 * 100 clients) and for the demo-sized Acme: the service calls each view makes when it is opened,
 * as the person who opens it, warm, timed over repeated runs. Writes docs/benchmarks.md (section
 * "Pages"). Run with {@code mvn -o -B -q -Pbench verify -Dtest=PageBenchmark}; not part of the
 * default build.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"portal.demo-data.enabled=true", "logging.level.root=WARN"})
class PageBenchmark {

    /** Timed runs of a page, at most; {@code -Dbench.runs=N}. */
    private static final int RUNS = Integer.getInteger("bench.runs", 20);
    private static final int WARM_UP = 3;
    /** A slow page stops after this many seconds of timed runs (but after at least {@link #FEWEST_RUNS}), so a run ends today. */
    private static final int SECONDS_A_PAGE = Integer.getInteger("bench.page-seconds", 40);
    private static final int FEWEST_RUNS = 5;

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditCampaigns campaigns;
    @Autowired
    AuditAnalysis analysis;
    @Autowired
    TimeLog timeLog;
    @Autowired
    TaskCatalogue catalogue;
    @Autowired
    PortfolioService portfolio;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    TenantMembers members;
    @Autowired
    TenantTeams teams;
    @Autowired
    Invitations invitations;

    /** One service call of a page. */
    record Call(String name, Supplier<?> work) {
    }

    /** The work of opening one page as one person. */
    record Opening(String person, List<Call> calls) {
    }

    /** A page, its target (p95, big client) and how it opens for the big and the small client. */
    record Page(String name, int targetMillis, Opening big, Opening small) {
    }

    record Timing(int runs, double p50, double p95, Map<String, Double> callP50) {
    }

    @Test
    void pages() throws IOException {
        long started = System.nanoTime();
        BigClient big = BigClient.build(context);
        double built = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "Big client built in %.1f s: %s%n", built, big.secondsByPart());
        holdForQueryPlans();

        TenantId acme = DemoTenants.id(context, "acme");
        SignIn.as(context, DemoPeople.CARLA);
        Campaign acmeCampaign = campaigns.campaigns(acme).stream()
                .max(java.util.Comparator.comparingInt(c -> campaigns.participantIds(acme, c.id()).size())).orElseThrow();
        SignIn.out();
        LocalDate acmeWeek = acmeCampaign.endsOn().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        List<Page> pages = List.of(
                new Page("Campaign page with completion (consultant)", 100,
                        campaignPage(big.consultant(), big.id(), big.campaignId()),
                        campaignPage(DemoPeople.CARLA, acme, acmeCampaign.id())),
                new Page("Campaign analysis (consultant)", 250,
                        analysisPage(big.consultant(), big.id(), big.campaignId(), true),
                        analysisPage(DemoPeople.CARLA, acme, acmeCampaign.id(), true)),
                new Page("Campaign analysis (executive)", 250,
                        analysisPage(big.executive(), big.id(), big.campaignId(), false),
                        analysisPage(DemoPeople.EVA, acme, acmeCampaign.id(), false)),
                new Page("Staff member's log page", 100,
                        logPage(big.staff(), big.id(), big.campaignId(), big.lastWeek()),
                        logPage(DemoPeople.SAM, acme, acmeCampaign.id(), acmeWeek)),
                new Page("Consultant's portfolio", 200,
                        new Opening(big.consultant(), List.of(new Call("PortfolioService.rows", () -> portfolio.rows(CurrentActor.require())))),
                        new Opening(DemoPeople.CARLA, List.of(new Call("PortfolioService.rows", () -> portfolio.rows(CurrentActor.require()))))),
                new Page("Savings dashboard (executive)", 50,
                        new Opening(big.executive(), List.of(new Call("OutcomeService.dashboard", () -> outcomes.dashboard(big.id())))),
                        new Opening(DemoPeople.EVA, List.of(new Call("OutcomeService.dashboard", () -> outcomes.dashboard(acme))))),
                new Page("Task catalogue (consultant)", 100,
                        new Opening(big.consultant(), List.of(new Call("TaskCatalogue.catalogue", () -> catalogue.catalogue(big.id())))),
                        new Opening(DemoPeople.CARLA, List.of(new Call("TaskCatalogue.catalogue", () -> catalogue.catalogue(acme))))),
                new Page("People page (executive)", 100, peoplePage(big.executive(), big.id()), peoplePage(DemoPeople.EVA, acme)));

        // What the pages show, so the benchmark times the big client's real work and not an empty page.
        SignIn.as(context, big.consultant());
        assertThat(campaigns.progress(big.id(), big.campaignId())).hasSize(BigClient.STAFF);
        assertThat(portfolio.rows(CurrentActor.require())).hasSize(BigClient.OTHER_CLIENTS + 1);
        assertThat(catalogue.tasks(big.id())).hasSize(BigClient.PROCESSES * BigClient.TASKS_PER_PROCESS);
        SignIn.as(context, big.executive());
        assertThat(outcomes.dashboard(big.id()).solutions()).hasSize(BigClient.LIVE_SOLUTIONS);
        SignIn.as(context, big.staff());
        assertThat(timeLog.myEntries(big.id(), big.campaignId())).hasSize(BigClient.ENTRIES / BigClient.STAFF);
        SignIn.out();

        List<String> rows = new ArrayList<>();
        List<String> callRows = new ArrayList<>();
        long measuring = System.nanoTime();
        for (Page page : pages) {
            Timing onBig = time(page.big());
            Timing onSmall = time(page.small());
            System.out.printf(Locale.ROOT, "%s: big p50 %.1f p95 %.1f (%d runs), small p50 %.1f p95 %.1f%n", page.name(), onBig.p50(),
                    onBig.p95(), onBig.runs(), onSmall.p50(), onSmall.p95());
            rows.add(String.format(Locale.ROOT, "| %s | ≤ %d | %s | %s | %d | %s | %s | %s | %s |", page.name(), page.targetMillis(),
                    ms(onBig.p50()), ms(onBig.p95()), onBig.runs(), ms(onSmall.p50()), ms(onSmall.p95()),
                    ratio(onBig.p50(), onSmall.p50()), onBig.p95() <= page.targetMillis() ? "met" : "NOT met"));
            for (Call call : page.big().calls()) {
                callRows.add(String.format(Locale.ROOT, "| %s | `%s` | %s | %s |", page.name(), call.name(),
                        ms(onBig.callP50().get(call.name())), ms(onSmall.callP50().get(call.name()))));
            }
        }
        double measured = (System.nanoTime() - measuring) / 1e9;
        write(big, built, measured, rows, callRows);
    }

    /**
     * With {@code -Dbench.hold-minutes=N} the benchmark waits N minutes after building the big
     * client and prints where its database is, so the queries' plans can be read with psql.
     */
    private void holdForQueryPlans() {
        int minutes = Integer.getInteger("bench.hold-minutes", 0);
        if (minutes <= 0) {
            return;
        }
        System.out.println("Big client's database: " + context.getEnvironment().getProperty("spring.datasource.url")
                + " user " + context.getEnvironment().getProperty("spring.datasource.username") + "; holding " + minutes + " min");
        try {
            Thread.sleep(minutes * 60_000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Opening campaignPage(String person, TenantId tenant, long campaignId) {
        return new Opening(person, List.of(
                new Call("AuditCampaigns.campaign", () -> campaigns.campaign(tenant, campaignId)),
                new Call("AuditCampaigns.progress", () -> campaigns.progress(tenant, campaignId)),
                new Call("TimeLog.frictionNotes", () -> timeLog.frictionNotes(tenant, campaignId))));
    }

    /** Consultants also read where each task breaks; the client's people do not. */
    private Opening analysisPage(String person, TenantId tenant, long campaignId, boolean consultant) {
        List<Call> calls = new ArrayList<>();
        calls.add(new Call("AuditAnalysis.analysis", () -> analysis.analysis(tenant, campaignId)));
        if (consultant) {
            calls.add(new Call("AuditAnalysis.breakingPoints", () -> analysis.breakingPoints(tenant, campaignId)));
        }
        calls.add(new Call("AuditAnalysis.candidates", () -> analysis.candidates(tenant, campaignId)));
        return new Opening(person, calls);
    }

    /**
     * The log page opened on a week of the campaign: the view reads that week and the one before
     * to offer last week's tasks, and the first page of the person's entries.
     */
    private Opening logPage(String person, TenantId tenant, long campaignId, LocalDate monday) {
        return new Opening(person, List.of(
                new Call("AuditCampaigns.campaign", () -> campaigns.campaign(tenant, campaignId)),
                new Call("TaskCatalogue.tasks", () -> catalogue.tasks(tenant)),
                new Call("TaskCatalogue.catalogue", () -> catalogue.catalogue(tenant)),
                new Call("TimeLog.week", () -> timeLog.week(tenant, campaignId, monday)),
                new Call("TimeLog.week (week before)", () -> timeLog.week(tenant, campaignId, monday.minusWeeks(1))),
                // The entries' grid reads a page of 50 (Vaadin's page size) and the count.
                new Call("TimeLog.myEntries (first page)", () -> timeLog.myEntries(tenant, campaignId, PageRequest.first(50))),
                new Call("TimeLog.myEntryCount", () -> timeLog.myEntryCount(tenant, campaignId, "")),
                new Call("TimeLog.myRatings", () -> timeLog.myRatings(tenant, campaignId))));
    }

    private Opening peoplePage(String person, TenantId tenant) {
        return new Opening(person, List.of(
                new Call("TenantMembers.members", () -> members.members(tenant)),
                new Call("Invitations.pending", () -> invitations.pending(tenant)),
                new Call("TenantTeams.teams", () -> teams.teams(tenant))));
    }

    /** Opens the page as its person a few times to warm up, then times it until {@link #RUNS} runs or the page's time is up. */
    private Timing time(Opening opening) {
        SignIn.as(context, opening.person());
        try {
            long warmUpStarted = System.nanoTime();
            for (int i = 0; i < WARM_UP; i++) {
                open(opening, null, 0);
                // A page that takes seconds is warm after one opening; three would only make the run longer.
                if (System.nanoTime() - warmUpStarted > 5_000_000_000L) {
                    break;
                }
            }
            long[] totals = new long[RUNS];
            long[][] byCall = new long[opening.calls().size()][RUNS];
            long started = System.nanoTime();
            int runs = 0;
            while (runs < RUNS && (runs < FEWEST_RUNS || System.nanoTime() - started < SECONDS_A_PAGE * 1_000_000_000L)) {
                totals[runs] = open(opening, byCall, runs);
                runs++;
            }
            Map<String, Double> callP50 = new java.util.LinkedHashMap<>();
            for (int c = 0; c < opening.calls().size(); c++) {
                callP50.put(opening.calls().get(c).name(), quantile(Arrays.copyOf(byCall[c], runs), 0.50));
            }
            long[] timed = Arrays.copyOf(totals, runs);
            return new Timing(runs, quantile(timed, 0.50), quantile(timed, 0.95), callP50);
        } finally {
            SignIn.out();
        }
    }

    /** Makes the page's calls one after another, as the view does; answers the whole in nanoseconds. */
    private static long open(Opening opening, long[][] byCall, int run) {
        long whole = 0;
        for (int c = 0; c < opening.calls().size(); c++) {
            long t0 = System.nanoTime();
            Object answer = opening.calls().get(c).work().get();
            long took = System.nanoTime() - t0;
            assertThat(answer).isNotNull();
            if (byCall != null) {
                byCall[c][run] = took;
            }
            whole += took;
        }
        return whole;
    }

    /** The nearest-rank quantile in milliseconds. */
    private static double quantile(long[] nanos, double q) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(q * sorted.length) - 1))] / 1e6;
    }

    private static String ms(Double millis) {
        return millis == null ? "—" : millis >= 100 ? String.format(Locale.ROOT, "%,.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
    }

    private static String ratio(double big, double small) {
        return small <= 0 ? "—" : String.format(Locale.ROOT, "%,.0f×", big / small);
    }

    private static void write(BigClient big, double built, double measured, List<String> rows, List<String> callRows) throws IOException {
        StringBuilder parts = new StringBuilder();
        big.secondsByPart().forEach((part, seconds) -> parts.append(String.format(Locale.ROOT, "| %s | %.1f |%n", part, seconds)));
        String section = """
                <!-- pages:start (written by PageBenchmark; mvn -o -B -q -Pbench verify -Dtest=PageBenchmark) -->
                ## Pages of a big client and of a demo-sized one

                Measured %s on %d cores, %s, Java %s, embedded PostgreSQL on the same machine; %,d MB heap at most.
                Each page's server-side work: the service calls its view makes when it opens (rendering not included),
                made one after another as the person who opens it, warm (up to %d openings first), then timed over up to %d
                openings (a slow page stops after %d s, with at least %d). Big client: 500 staff in 5 teams, 20 processes ×
                10 tasks, one four-week campaign (open, ended last Friday) with %,d time entries and 10,000 task
                ratings, 10 solutions live for 5 years (monthly and weekly KPI measurements, %d run events a day each),
                its consultant assigned to 100 clients (99 of them new and empty). Small client: the demo data's Acme, as
                Carla (consultant), Eva (executive) and Sam (staff). Times in milliseconds; the target is the big client's p95.

                | page | target ms | big p50 | big p95 | runs | small p50 | small p95 | big/small (p50) | target |
                |---|---:|---:|---:|---:|---:|---:|---:|---|
                %s

                Where the time goes (p50 of each call the view makes, ms):

                | page | call | big | small |
                |---|---|---:|---:|
                %s

                Building the big client took %.0f s; timing the pages %.0f s.

                | part of the big client | seconds |
                |---|---:|
                %s<!-- pages:end -->
                """.formatted(LocalDate.now(ZoneId.of("Europe/London")), Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, WARM_UP, RUNS, SECONDS_A_PAGE, FEWEST_RUNS, BigClient.ENTRIES, BigClient.RUNS_A_DAY,
                String.join("\n", rows), String.join("\n", callRows), built, measured, parts);
        Path file = Path.of("docs/benchmarks.md");
        String text = Files.readString(file);
        int start = text.indexOf("<!-- pages:start");
        int end = text.indexOf("<!-- pages:end -->");
        text = start >= 0 && end > start ? text.substring(0, start) + section + text.substring(end + "<!-- pages:end -->\n".length())
                : text + "\n" + section;
        Files.writeString(file, text);
        System.out.println(section);
    }
}
