package studio.smartwork.portal.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.outcome.internal.RunEventStore;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;

/**
 * The runs per month kept with the events (run_event_month, changeset 261) are exactly the
 * months counted from the events — runs, successes, failures, handed over and the median
 * duration — after random events in batches of random size, events moved in time or taken
 * away, durations changed, senders writing the same months at once, and the tenant moving to
 * another time zone (which moves events across month ends).
 */
@SpringBootTest(properties = "portal.demo-data.enabled=false")
@Import(OutcomeTestConfig.class)
class RunEventMonthsExactTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    TenantScope tenantScope;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RunEventStore store;

    TenantId tenant;
    List<Long> solutions;

    @BeforeEach
    void twoLiveSolutions() {
        OutcomeClients clients = new OutcomeClients(context);
        OutcomeClients.Client client = clients.fresh(false);
        tenant = client.id();
        LiveSolution voice = clients.voiceAgent(client, YearMonth.of(2025, 1));
        LiveSolution inbox = clients.inboxTriage(client);
        solutions = List.of(voice.recordId(), inbox.recordId());
        SignIn.as(context, OutcomeClients.CONSULTANT);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theMonthsAreTheEventsCountedAfterEveryKindOfChange() {
        Random random = new Random(20261130);
        for (int batch = 0; batch < 25; batch++) {
            insert(random, 1 + random.nextInt(random.nextBoolean() ? 2 : 400));
        }
        assertExact("after the inserts");

        for (int step = 0; step < 30; step++) {
            String change = switch (random.nextInt(4)) {
                case 0 -> "occurred_at = occurred_at + interval '" + (random.nextInt(96) - 48) + " hours'";
                case 1 -> "duration_ms = case when random() < 0.2 then null else (random() * 9000)::bigint end";
                case 2 -> "outcome = 'FAILED'";
                default -> "human_minutes = 1";
            };
            write("update run_event set " + change + " where id in (select id from run_event order by random() limit "
                    + (1 + random.nextInt(40)) + ")");
            if (step % 4 == 3) {
                write("delete from run_event where id in (select id from run_event order by random() limit " + (1 + random.nextInt(30)) + ")");
            }
        }
        assertExact("after changes and removals");

        // Months that were still receiving events when last written, as every month is until it
        // ends: read, their medians are counted from the events; the next event of the same
        // solution, in any month, counts them again and closes them.
        write("update run_event_month set median_open = true, median_ms = null");
        assertExact("with every month's median open");
        for (Long solution : solutions) {
            write("""
                    insert into run_event (tenant_id, record_id, sender_event_key, occurred_at, outcome, duration_ms, received_at)
                    values (%d, %d, 'next-%d', timestamptz '2026-11-25T10:00:00Z', 'SUCCEEDED', 1500, now())
                    """.formatted(tenant.value(), solution, solution));
        }
        assertExact("after the next events");
        long stillOpen = tenantScope.read(tenant, session -> jdbc.sql("""
                select count(*) from run_event_month where median_open and month < to_char(now() at time zone 'Europe/Madrid', 'YYYY-MM')
                """).query(Long.class).single());
        assertThat(stillOpen).isZero();

        // The tenant moves from Madrid to Auckland: the events near month ends fall in other months.
        write("update tenant set time_zone = 'Pacific/Auckland' where id = " + tenant.value());
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        assertThat(kept(auckland)).isEqualTo(counted(auckland)).isNotEqualTo(counted(ZoneId.of("Europe/Madrid")));
        List<String> zones = tenantScope.read(tenant, session -> jdbc.sql("select distinct time_zone from run_event_month")
                .query(String.class).list());
        assertThat(zones).containsExactly("Pacific/Auckland");
        write("update tenant set time_zone = 'Europe/Madrid' where id = " + tenant.value());
        assertExact("after moving back to Madrid");

        write("delete from run_event");
        long left = tenantScope.read(tenant, session -> jdbc.sql("select count(*) from run_event_month").query(Long.class).single());
        assertThat(left).isZero();
    }

    @Test
    void sendersWritingTheSameMonthsAtOnceLeaveThemExact() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                Random random = new Random(s);
                done.add(senders.submit(() -> {
                    SignIn.as(context, OutcomeClients.CONSULTANT);
                    for (int i = 0; i < 40; i++) {
                        insert(random, 1 + random.nextInt(20), 2);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            senders.shutdown();
        }
        assertExact("after four senders at once");
    }

    private void insert(Random random, int events) {
        insert(random, events, 700);
    }

    /** Events of random solutions, outcomes and durations (a fifth without) within the given number of days before "now". */
    private void insert(Random random, int events, int days) {
        List<String> values = IntStream.range(0, events).mapToObj(i -> "(%d, %d, '%s', '%s', '%s', %s, now())".formatted(
                tenant.value(), solutions.get(random.nextInt(solutions.size())), "e-" + random.nextLong(),
                OutcomeTestConfig.NOW.minusSeconds(random.nextLong(days * 86_400L)),
                List.of("SUCCEEDED", "FAILED", "HANDED_TO_HUMAN").get(random.nextInt(3)),
                random.nextInt(5) == 0 ? "null" : String.valueOf(random.nextInt(random.nextBoolean() ? 10 : 60_000)))).toList();
        write("""
                insert into run_event (tenant_id, record_id, sender_event_key, occurred_at, outcome, duration_ms, received_at)
                values %s on conflict do nothing
                """.formatted(String.join(", ", values)));
    }

    private void write(String sql) {
        tenantScope.write(tenant, session -> jdbc.sql(sql).update());
    }

    private void assertExact(String when) {
        ZoneId madrid = ZoneId.of("Europe/Madrid");
        List<RunEventMonth> counted = counted(madrid);
        assertThat(counted).as("months counted from the events " + when).isNotEmpty();
        assertThat(kept(madrid)).as("months kept with the events " + when).isEqualTo(counted);
    }

    private List<RunEventMonth> kept(ZoneId zone) {
        return tenantScope.read(tenant, session -> store.months(tenant.value(), solutions, zone));
    }

    private List<RunEventMonth> counted(ZoneId zone) {
        return tenantScope.read(tenant, session -> store.monthsCountedFromEvents(tenant.value(), solutions, zone));
    }
}
