package studio.smartwork.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;

/**
 * The entries' totals (audit_logged_day, audit_task_person_total; changeset 260) stay exactly
 * what the entries add up to, whatever happens to the entries: random inserts in batches of
 * random size, changes of minutes, occurrences, cost, team, task and day, entries taken away, a
 * moved campaign window, and several people writing at once. After each step the totals are
 * compared with the same sums counted from the entries, and the analysis's figures, to the last
 * digit, with the analysis counted from the entries as it was before the totals existed.
 */
@SpringBootTest
class AuditTotalsExactTests {

    /** The analysis by task counted from the entries themselves: the query before the totals. */
    private static final String ANALYSIS_FROM_ENTRIES = AuditAnalysis.ANALYSIS.replace("""
                select s.task_id, count(distinct s.person_id) as people, array_agg(distinct s.person_id) as person_ids,
                       sum(s.minutes)::bigint as minutes_total,
                       sum(s.occurrences)::bigint as occurrences_total, sum(s.cost_minutes) as cost_minutes
                from audit_task_person_total s
                where s.campaign_id = :campaign
                group by s.task_id
            """, """
                select e.task_id, count(distinct e.person_id) as people, array_agg(distinct e.person_id) as person_ids,
                       sum(e.minutes) as minutes_total,
                       sum(e.occurrences) as occurrences_total, sum(e.minutes * e.hourly_cost) as cost_minutes
                from audit_time_entry e
                join audit_campaign c on c.id = e.campaign_id and e.entry_date between c.starts_on and c.ends_on
                where e.campaign_id = :campaign
                group by e.task_id
            """);

    /** The analysis by process and team counted from the entries themselves: the query as it was before the totals. */
    private static final String GROUPS_FROM_ENTRIES = """
            with campaign_window as (
                select :days_in_window::numeric as days_in_window, :days_per_month::numeric as days_per_month
            ),
            traits as (
                select task_id, coalesce((avg(repetitive) + avg(rule_based) + avg(predictable) - 3) / 12, 0) as suitability
                from audit_task_rating where campaign_id = :campaign group by task_id
            ),
            entries as (
                select e.person_id, e.team_id, t.process_id, e.minutes, e.occurrences, e.hourly_cost,
                       coalesce(tr.suitability, 0) as suitability
                from audit_time_entry e
                join audit_campaign c on c.id = e.campaign_id and e.entry_date between c.starts_on and c.ends_on
                join audit_task t on t.id = e.task_id
                left join traits tr on tr.task_id = e.task_id
                where e.campaign_id = :campaign
            ),
            grouped as (
                select grouping(process_id) = 1 as by_team, process_id, team_id, count(distinct person_id) as people,
                       array_agg(distinct person_id) as person_ids,
                       sum(minutes) as minutes_total, sum(occurrences) as occurrences_total,
                       sum(minutes * hourly_cost) as cost_minutes, sum(minutes * suitability) as automatable_minutes,
                       sum(minutes * hourly_cost * suitability) as automatable_cost_minutes
                from entries
                group by grouping sets ((process_id), (team_id))
            )
            select g.by_team, case when g.by_team then tm.name else p.name end as label,
                   g.people, g.person_ids, g.minutes_total, g.occurrences_total,
                   g.minutes_total * w.days_per_month / (60 * w.days_in_window) as monthly_hours,
                   g.automatable_minutes * w.days_per_month / (60 * w.days_in_window) as automatable_hours_per_month,
                   g.cost_minutes * w.days_per_month / (60 * w.days_in_window) as monthly_cost,
                   g.automatable_cost_minutes * w.days_per_month / (60 * w.days_in_window) as automatable_value_per_month
            from grouped g
            cross join campaign_window w
            left join audit_process p on not g.by_team and p.id = g.process_id
            left join team tm on g.by_team and tm.id = g.team_id
            order by automatable_value_per_month desc, monthly_cost desc, label
            """;

    private static final String LOGGED_DAYS = """
            select campaign_id, person_id, entry_date, entries from audit_logged_day where campaign_id = :c
            order by 1, 2, 3
            """;
    private static final String LOGGED_DAYS_FROM_ENTRIES = """
            select campaign_id, person_id, entry_date, count(*) from audit_time_entry where campaign_id = :c
            group by 1, 2, 3 order by 1, 2, 3
            """;
    private static final String TASK_TOTALS = """
            select campaign_id, task_id, person_id, team_id, entries, minutes, occurrences, cost_minutes
            from audit_task_person_total where campaign_id = :c
            order by 1, 2, 3, 4 nulls first
            """;
    private static final String TASK_TOTALS_FROM_ENTRIES = """
            select e.campaign_id, e.task_id, e.person_id, e.team_id, count(*), sum(e.minutes), sum(e.occurrences),
                   sum(e.minutes * e.hourly_cost)
            from audit_time_entry e
            join audit_campaign c on c.id = e.campaign_id and e.entry_date between c.starts_on and c.ends_on
            where e.campaign_id = :c
            group by 1, 2, 3, 4 order by 1, 2, 3, 4 nulls first
            """;

    @Autowired
    ApplicationContext context;
    @Autowired
    TenantScope tenantScope;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditAnalysis analysis;

    TenantId acme;
    Campaign campaign;
    List<Long> people;
    List<Long> tasks;
    List<Long> teams;

    @BeforeEach
    void campaignWithPeopleTasksAndTeams() {
        acme = AuditFixture.acme(context);
        campaign = AuditFixture.campaign(context, "Totals " + AuditFixture.suffix(), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 27),
                DemoPeople.EVA, DemoPeople.SAM, DemoPeople.LIA);
        people = tenantScope.read(acme, session -> jdbc.sql("select person_id from audit_participant where campaign_id = :c order by 1")
                .param("c", campaign.id()).query(Long.class).list());
        tasks = tenantScope.read(acme, session -> jdbc.sql("select id from audit_task order by id").query(Long.class).list());
        teams = tenantScope.read(acme, session -> jdbc.sql("select id from team order by id").query(Long.class).list());
        assertThat(people).hasSize(3);
        assertThat(tasks).hasSizeGreaterThan(3);
        assertThat(teams).isNotEmpty();
        // The queries counted from the entries really are other queries.
        assertThat(ANALYSIS_FROM_ENTRIES).isNotEqualTo(AuditAnalysis.ANALYSIS).contains("from audit_time_entry e");
        assertThat(GROUPS_FROM_ENTRIES).isNotEqualTo(AuditAnalysis.GROUPS).contains("from audit_time_entry e");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theTotalsAreTheEntriesAddedUpAfterEveryKindOfChange() {
        Random random = new Random(20261130);
        // Random rows in batches of random size, some outside the window, some without a team.
        for (int batch = 0; batch < 30; batch++) {
            insert(random, 1 + random.nextInt(random.nextBoolean() ? 3 : 120));
        }
        rate(random);
        assertExact("after the inserts");

        for (int step = 0; step < 40; step++) {
            List<Long> ids = someEntries(random, 1 + random.nextInt(25));
            String change = switch (random.nextInt(7)) {
                case 0 -> "minutes = 1 + (random() * 300)::int";
                case 1 -> "occurrences = 1 + (random() * 9)::int";
                case 2 -> "hourly_cost = round((random() * 90)::numeric, 2)";
                case 3 -> "team_id = " + (random.nextBoolean() ? "null" : teams.get(random.nextInt(teams.size())));
                case 4 -> "task_id = " + tasks.get(random.nextInt(tasks.size()));
                case 5 -> "entry_date = entry_date + " + (random.nextInt(11) - 5);
                default -> "note = 'changed " + step + "'";
            };
            write(() -> jdbc.sql("update audit_time_entry set " + change + " where id in (:ids)").param("ids", ids).update());
            if (step % 5 == 4) {
                List<Long> gone = someEntries(random, 1 + random.nextInt(10));
                write(() -> jdbc.sql("delete from audit_time_entry where id in (:ids)").param("ids", gone).update());
            }
        }
        assertExact("after changes and removals");

        // All of one task's entries moved to another, as merging tasks does.
        write(() -> jdbc.sql("update audit_time_entry set task_id = :into where task_id = :from and campaign_id = :c")
                .param("into", tasks.get(0)).param("from", tasks.get(1)).param("c", campaign.id()).update());
        assertExact("after a task's entries moved");

        // The window moves: entries now outside it leave the analysis, entries now inside it join.
        write(() -> jdbc.sql("update audit_campaign set starts_on = date '2026-03-05', ends_on = date '2026-03-31' where id = :c")
                .param("c", campaign.id()).update());
        assertExact("after the window moved");

        write(() -> jdbc.sql("delete from audit_time_entry where campaign_id = :c").param("c", campaign.id()).update());
        assertThat(read(TASK_TOTALS)).isEmpty();
        assertThat(read(LOGGED_DAYS)).isEmpty();
    }

    @Test
    void peopleWritingAtOnceLeaveTheTotalsExact() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                Random random = new Random(w);
                done.add(writers.submit(() -> {
                    SignIn.as(context, DemoPeople.CARLA);
                    for (int i = 0; i < 40; i++) {
                        // Few keys, so the writers meet on the same totals rows.
                        if (random.nextInt(4) == 0) {
                            List<Long> ids = tenantScope.read(acme, session -> jdbc.sql(
                                    "select id from audit_time_entry where campaign_id = :c order by random() limit 3")
                                    .param("c", campaign.id()).query(Long.class).list());
                            if (!ids.isEmpty()) {
                                write(() -> jdbc.sql("update audit_time_entry set minutes = minutes + 1 where id in (:ids)")
                                        .param("ids", ids).update());
                            }
                        } else {
                            insert(random, 1 + random.nextInt(5), 2);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            writers.shutdown();
        }
        assertExact("after four writers at once");
    }

    /** Rows of random people, tasks, teams, costs and days (two days either side of the window too). */
    private void insert(Random random, int rows) {
        insert(random, rows, tasks.size());
    }

    private void insert(Random random, int rows, int ofFirstTasks) {
        List<String> values = IntStream.range(0, rows).mapToObj(i -> "(%d, %d, %d, %d, date '2026-03-02' + %d, %d, %d, %s, %s)".formatted(
                acme.value(), campaign.id(), people.get(random.nextInt(people.size())), tasks.get(random.nextInt(ofFirstTasks)),
                random.nextInt(30) - 2, 1 + random.nextInt(480), 1 + random.nextInt(12),
                BigDecimal.valueOf(random.nextInt(9000), 2).toPlainString(),
                random.nextInt(4) == 0 ? "null" : teams.get(random.nextInt(teams.size())).toString())).toList();
        write(() -> jdbc.sql("""
                insert into audit_time_entry (tenant_id, campaign_id, person_id, task_id, entry_date, minutes, occurrences, hourly_cost, team_id)
                values %s
                """.formatted(String.join(", ", values))).update());
    }

    /** Ratings for some tasks, so suitability weighs the automatable figures. */
    private void rate(Random random) {
        for (Long person : people) {
            for (Long task : tasks.subList(0, Math.min(4, tasks.size()))) {
                write(() -> jdbc.sql("""
                        insert into audit_task_rating (tenant_id, campaign_id, person_id, task_id, repetitive, rule_based, predictable, friction)
                        values (:t, :c, :p, :task, :r, :b, :pr, :f) on conflict do nothing
                        """).param("t", acme.value()).param("c", campaign.id()).param("p", person).param("task", task)
                        .param("r", 1 + random.nextInt(5)).param("b", 1 + random.nextInt(5)).param("pr", 1 + random.nextInt(5))
                        .param("f", 1 + random.nextInt(5)).update());
            }
        }
    }

    private List<Long> someEntries(Random random, int count) {
        return tenantScope.read(acme, session -> jdbc.sql("select id from audit_time_entry where campaign_id = :c order by id")
                .param("c", campaign.id()).query(Long.class).list()).stream()
                .filter(id -> random.nextInt(100) < 100 * count / 800 + 1).limit(count).collect(Collectors.toList());
    }

    private void write(Runnable work) {
        tenantScope.write(acme, session -> {
            work.run();
            return null;
        });
    }

    private List<List<String>> read(String sql) {
        return tenantScope.read(acme, session -> jdbc.sql(sql).param("c", campaign.id()).query((rs, n) -> {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.add(text(rs.getObject(i)));
            }
            return row;
        }).list());
    }

    private List<List<String>> analysisRows(String sql) {
        Map<String, Object> params = Map.of("c", campaign.id(), "campaign", campaign.id(), "days_in_window", 19, "days_per_month", 21);
        return tenantScope.read(acme, session -> jdbc.sql(sql).params(params).query((rs, n) -> {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                // The people of a group in a fixed order: an aggregate's order is not part of its value.
                row.add(rs.getMetaData().getColumnName(i).equals("person_ids")
                        ? java.util.Arrays.stream((Object[]) rs.getArray(i).getArray()).map(id -> ((Number) id).longValue()).sorted()
                                .toList().toString()
                        : text(rs.getObject(i)));
            }
            return row;
        }).list());
    }

    /** A number with all its digits and its scale (the driver writes a zero as 0E-16 or 0.0000000000000000 depending on the protocol). */
    private static String text(Object value) {
        return value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
    }

    private void assertExact(String when) {
        assertThat(read(LOGGED_DAYS)).as("logged days " + when).isNotEmpty().isEqualTo(read(LOGGED_DAYS_FROM_ENTRIES));
        assertThat(read(TASK_TOTALS)).as("task totals " + when).isNotEmpty().isEqualTo(read(TASK_TOTALS_FROM_ENTRIES));
        // Every figure of the analysis, as the text PostgreSQL gives: the same digits, not only the same value.
        assertThat(analysisRows(AuditAnalysis.ANALYSIS)).as("analysis by task " + when).isNotEmpty()
                .isEqualTo(analysisRows(ANALYSIS_FROM_ENTRIES));
        assertThat(analysisRows(AuditAnalysis.GROUPS)).as("analysis by process and team " + when).isNotEmpty()
                .isEqualTo(analysisRows(GROUPS_FROM_ENTRIES));
        SignIn.as(context, DemoPeople.CARLA);
        assertThat(analysis.analysis(acme, campaign.id()).tasks()).isNotEmpty();
    }
}
