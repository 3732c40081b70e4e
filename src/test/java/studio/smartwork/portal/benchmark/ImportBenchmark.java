package studio.smartwork.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.AuditImport;
import studio.smartwork.portal.audit.ImportProgress;
import studio.smartwork.portal.audit.ImportResult;
import studio.smartwork.portal.support.FreshClient;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantScope;

/**
 * How fast the portal's CSV of time entries is read, checked and stored: 100,000 generated
 * entries of 200 staff in 5 teams, over 20 processes × 10 tasks, a tenth rated and a tenth with a
 * note, imported by the consultant of a fresh client into a fresh open campaign each time. One
 * import warms up (and creates the catalogue); the next ones are timed from the file's bytes to
 * the committed entries, with the time of each step taken from the import's own progress
 * reports. Writes docs/benchmarks.md section "import". Run with
 * {@code mvn -o -B -q -Pbench verify -Dtest=ImportBenchmark}; not part of the default build.
 */
@Tag("benchmark")
@SpringBootTest(properties = "logging.level.root=WARN")
class ImportBenchmark {

    private static final int ENTRIES = 100_000;
    private static final int STAFF = 200;
    private static final int TEAMS = 5;
    private static final int PROCESSES = 20;
    private static final int TASKS_PER_PROCESS = 10;
    private static final int TIMED_RUNS = Integer.getInteger("bench.import.runs", 5);
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    /** The write this import replaced (JDBC batches of single-row inserts), measured by this benchmark on the same machine. */
    private static final String BEFORE = """
            Before (JDBC batches of single-row inserts, a query per process, task, participant and rating), this
            benchmark took 245 s for the first import and 278 s for the second on 2026-11-30, at a load average of
            about 9, and was stopped there; at that load the import as it is now measured 7.5 s p50. The same day,
            before the totals of changeset 260 (kept by statement-level triggers in the same insert) and at a load of
            about 5, it measured 4.2 s p50.""";

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TenantScope scope;

    /** One timed import: the whole, and the end of each step after the start. */
    record Run(double seconds, Map<ImportProgress.Step, Double> stepEnds) {
    }

    @Test
    void importOfAHundredThousandEntries() throws IOException {
        FreshClient client = FreshClient.withPeople(context, "Import bench");
        String s = client.slug();
        jdbc.sql("""
                insert into person (email, display_name, language)
                select 'staff-' || g || '-' || :s || '@import.example', 'Staff member ' || g, 'en' from generate_series(1, :staff) g
                """).param("s", s).param("staff", STAFF).update();
        scope.asSystem(client.id(), () -> {
            jdbc.sql("insert into team (tenant_id, name, hourly_cost) select :t, 'Team ' || g, 25 + 5 * g from generate_series(1, :teams) g")
                    .param("t", client.id().value()).param("teams", TEAMS).update();
            jdbc.sql("""
                    with teams as (select id, (row_number() over (order by id) - 1)::integer as n from team where tenant_id = :t)
                    insert into membership (tenant_id, person_id, role, team_id)
                    select :t, p.id, 'STAFF', teams.id
                    from person p join teams on teams.n = p.id % :teams
                    where p.email like 'staff-%-' || :s || '@import.example'
                    """).param("t", client.id().value()).param("s", s).param("teams", TEAMS).update();
            return null;
        });
        byte[] file = file(s);

        SignIn.as(context, client.consultant());
        AuditCampaigns campaigns = context.getBean(AuditCampaigns.class);
        AuditImport importer = context.getBean(AuditImport.class);
        List<Run> runs = new ArrayList<>();
        String loadBefore = loadAverage();
        for (int i = 0; i <= TIMED_RUNS; i++) {
            long campaignId = campaigns.save(client.id(), null, "Import " + i, MONDAY, MONDAY.plusDays(25), List.of()).id();
            Map<ImportProgress.Step, Double> stepEnds = new EnumMap<>(ImportProgress.Step.class);
            long started = System.nanoTime();
            ImportResult result = importer.importCsv(client.id(), campaignId, file, (step, done, total) -> {
                if (done == total) {
                    stepEnds.put(step, (System.nanoTime() - started) / 1e9);
                }
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(result.problems()).isEmpty();
            assertThat(result.rowsImported()).isEqualTo(ENTRIES);
            long stored = scope.asSystem(client.id(), () -> jdbc.sql("select count(*) from audit_time_entry where campaign_id = :c")
                    .param("c", campaignId).query(Long.class).single());
            assertThat(stored).isEqualTo(ENTRIES);
            if (i > 0) {
                runs.add(new Run(seconds, stepEnds));
            }
            System.out.printf(Locale.ROOT, "Import %d: %.2f s %s%n", i, seconds, stepEnds);
        }
        SignIn.out();
        write(runs, file.length, loadBefore, loadAverage());
    }

    /** The portal's CSV: every staff member, every task, every working day of four weeks; a tenth rated, a tenth noted. */
    private static byte[] file(String s) {
        StringBuilder csv = new StringBuilder(ENTRIES * 90).append(String.join(",", AuditImport.HEADER)).append('\n');
        for (int i = 0; i < ENTRIES; i++) {
            int task = i % (PROCESSES * TASKS_PER_PROCESS);
            LocalDate day = MONDAY.plusDays(i / 7 % 4 * 7 + i % 5);
            csv.append(day).append(",staff-").append(1 + i % STAFF).append('-').append(s).append("@import.example,Process ")
                    .append(1 + task / TASKS_PER_PROCESS).append(",Task ").append(1 + task % TASKS_PER_PROCESS).append(',')
                    .append(5 + i % 120).append(',').append(1 + i % 4).append(',');
            csv.append(i % 10 == 3 ? (1 + i % 5) + "," + (1 + (i + 1) % 5) + "," + (1 + (i + 2) % 5) + "," + (1 + (i + 3) % 5) : ",,,");
            csv.append(',').append(i % 10 == 7 ? "\"Waited for the bank, then \"\"re-keyed\"\" it\"" : "").append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The machine's load average over the last minute, to read the figures by: others' work shares the cores. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException unknown) {
            return "unknown";
        }
    }

    private static void write(List<Run> runs, int bytes, String loadBefore, String loadAfter) throws IOException {
        double p50 = median(runs.stream().map(Run::seconds).toList());
        double rowsPerSecond = ENTRIES / p50;
        StringBuilder rows = new StringBuilder();
        for (ImportProgress.Step step : ImportProgress.Step.values()) {
            double end = median(runs.stream().map(r -> r.stepEnds().getOrDefault(step, Double.NaN)).toList());
            rows.append(String.format(Locale.ROOT, "| %s | %.2f |%n", switch (step) {
                case READ -> "file read (parsed into entries)";
                case CHECKED -> "entries checked";
                case SENT -> "entries sent to a temporary table (COPY)";
                case STORED -> "entries stored (one insert), participants and ratings set";
            }, end));
        }
        String section = """
                <!-- import:start (written by ImportBenchmark; mvn -o -B -q -Pbench verify -Dtest=ImportBenchmark) -->
                ## CSV import of time entries

                Measured %s on %d cores, %s, Java %s, embedded PostgreSQL, sharing the machine's cores with the portal
                and with other work (load average over a minute %s before the runs, %s after). A fresh client with 200 staff in 5 teams; the portal's own
                CSV (%,d bytes) of %,d entries over 20 processes × 10 tasks, a tenth rated, a tenth with a note; each import
                into a fresh open campaign, all or nothing, in one transaction under row-level security. One import warms
                up; %d timed ones: %s s.

                **p50 %.2f s, %,.0f entries a second** (target: at least 100,000 a second — %s).

                When each step ended, after the start (p50 s):

                | step | s |
                |---|---:|
                %s

                Entries are streamed with COPY into a temporary table and moved into the campaign by one
                `insert … select`, which row-level security checks (decision 0123). Most of the time is that one
                statement: PostgreSQL checks the entry's four foreign keys (campaign, person, task, team) once per
                row, and keeps the table's five indexes. An `explain analyze` of it (100,000 entries, load about 3.5,
                2026-11-30) showed 0.8 s for the insert itself, 2.2 s for the four key checks (0.5–0.6 s each) and
                0.15 s for the statement-level trigger that keeps the entry totals. Reading and checking the file
                take well under a second. The figures move with the machine's load.

                %s
                <!-- import:end -->
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("java.version"), loadBefore, loadAfter, bytes, ENTRIES, runs.size(),
                String.join(", ", runs.stream().map(r -> String.format(Locale.ROOT, "%.2f", r.seconds())).toList()), p50, rowsPerSecond,
                rowsPerSecond >= 100_000 ? "met" : "NOT met", rows.toString().stripTrailing(), BEFORE);
        Path docs = Path.of("docs/benchmarks.md");
        String text = Files.readString(docs);
        int start = text.indexOf("<!-- import:start");
        int end = text.indexOf("<!-- import:end -->");
        text = start >= 0 && end > start ? text.substring(0, start) + section + text.substring(end + "<!-- import:end -->\n".length())
                : text.stripTrailing() + "\n\n" + section;
        Files.writeString(docs, text);
        System.out.println(section);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
