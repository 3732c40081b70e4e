package studio.smartwork.portal.benchmark;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.design.DesignContent;
import studio.smartwork.portal.design.DesignContent.KpiSpec;
import studio.smartwork.portal.design.DesignContent.StepActor;
import studio.smartwork.portal.design.DesignContent.WorkflowStep;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.design.DesignReviews;
import studio.smartwork.portal.design.KpiDefinition.KpiCadence;
import studio.smartwork.portal.design.KpiDefinition.KpiDirection;
import studio.smartwork.portal.design.KpiDefinition.KpiUnit;
import studio.smartwork.portal.design.LiveSolution.SavingsMethod;
import studio.smartwork.portal.design.SolutionDelivery;
import studio.smartwork.portal.design.SolutionType;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.ConsultantAssignments;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSettings;

/**
 * A client of the size the portal must stay fast at, built quickly in the test database: the
 * people who sign in (consultant, executive, one staff member) come the ordinary way, through
 * the services; the design records go live through the services as a consultant and the
 * executive would take them; the bulk (499 more staff, the catalogue, a million time entries,
 * ratings, five years of measurements and run events) is written by set-based SQL inside the
 * tenant's scope, the way {@code MillionEntriesExportTests} makes its million entries.
 * Everything is named with a random suffix so the build can run in a database with other data.
 */
record BigClient(TenantId id, String consultant, String executive, String staff, long campaignId, LocalDate lastWeek,
        Map<String, Double> secondsByPart) {

    static final int STAFF = 500;
    static final int PROCESSES = 20;
    static final int TASKS_PER_PROCESS = 10;
    /** A million; {@code -Dbench.entries=N} for a quick try of the benchmark itself. */
    static final int ENTRIES = Integer.getInteger("bench.entries", 1_000_000);
    static final int RATED_TASKS_PER_PERSON = 20;
    static final int LIVE_SOLUTIONS = 10;
    static final int YEARS_LIVE = 5;
    /** {@code -Dbench.runs-a-day=N} for a quick try. */
    static final int RUNS_A_DAY = Integer.getInteger("bench.runs-a-day", 100);
    static final int OTHER_CLIENTS = 99;
    private static final int TEAMS = 5;

    static BigClient build(ApplicationContext context) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        Stopwatch watch = new Stopwatch();
        String s = UUID.randomUUID().toString().substring(0, 8);
        TenantScope scope = context.getBean(TenantScope.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        ConsultantAssignments assignments = context.getBean(ConsultantAssignments.class);

        // The people who sign in, the ordinary way.
        SignIn.as(context, DemoPeople.ADMIN);
        TenantId big = context.getBean(TenantService.class).create(TenantSettings.defaults("Big client " + s, "big-" + s,
                Locale.UK, ZoneId.of("Europe/London"), new BigDecimal("30"))).id();
        String consultant = "bench-consultant-" + s + "@smartwork.studio";
        long consultantId = TestPeople.consultancyPerson(context, consultant, "Bea Bench", PlatformRole.CONSULTANT).personId();
        SignIn.as(context, DemoPeople.ADMIN);
        assignments.assignConsultant(big, consultantId);
        String executive = "exec-" + s + "@big.example";
        TestPeople.member(context, big, executive, "Edith Exec", TenantRole.EXECUTIVE, null, DemoPeople.ADMIN);
        String staff = "staff-" + s + "@big.example";
        TestPeople.member(context, big, staff, "Stella Staff", TenantRole.STAFF, null, DemoPeople.ADMIN);
        seconds.put("tenant and the people who sign in (services)", watch.lap());

        // 499 more staff in five teams, and the catalogue.
        jdbc.sql("""
                insert into person (email, display_name, language)
                select 'staff-' || g || '-' || :s || '@big.example', 'Staff member ' || g, 'en' from generate_series(2, :staff) g
                """).param("s", s).param("staff", STAFF).update();
        scope.asSystem(big, () -> {
            jdbc.sql("insert into team (tenant_id, name, hourly_cost) select :t, 'Team ' || g, 25 + 5 * g from generate_series(1, :teams) g")
                    .param("t", big.value()).param("teams", TEAMS).update();
            jdbc.sql("""
                    with teams as (select id, (row_number() over (order by id) - 1)::integer as n from team where tenant_id = :t)
                    insert into membership (tenant_id, person_id, role, team_id)
                    select :t, p.id, 'STAFF', teams.id
                    from person p join teams on teams.n = p.id % :teams
                    where p.email like 'staff-%-' || :s || '@big.example'
                    """).param("t", big.value()).param("s", s).param("teams", TEAMS).update();
            jdbc.sql("update membership set team_id = (select min(id) from team where tenant_id = :t) where tenant_id = :t and team_id is null")
                    .param("t", big.value()).update();
            jdbc.sql("insert into audit_process (tenant_id, name) select :t, 'Process ' || g from generate_series(1, :n) g")
                    .param("t", big.value()).param("n", PROCESSES).update();
            jdbc.sql("""
                    insert into audit_task (tenant_id, process_id, name)
                    select p.tenant_id, p.id, 'Task ' || p.name || '.' || g from audit_process p cross join generate_series(1, :n) g
                    where p.tenant_id = :t
                    """).param("t", big.value()).param("n", TASKS_PER_PROCESS).update();
            return null;
        });
        seconds.put("499 more staff, 5 teams, 20 processes × 10 tasks (SQL)", watch.lap());

        // A four-week campaign that ended last Friday, every staff member in it.
        LocalDate thisMonday = LocalDate.now(ZoneId.of("Europe/London")).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate startsOn = thisMonday.minusWeeks(4);
        LocalDate endsOn = thisMonday.minusDays(3);
        List<Long> participants = scope.asSystem(big, () -> jdbc.sql("select person_id from membership where tenant_id = :t and role = 'STAFF'")
                .param("t", big.value()).query(Long.class).list());
        SignIn.as(context, consultant);
        long campaignId = context.getBean(AuditCampaigns.class).save(big, null, "Four weeks, everyone", startsOn, endsOn, participants).id();
        SignIn.out();
        seconds.put("campaign with 500 participants (service)", watch.lap());

        // A million entries: each person 100 a day on each of the 20 working days, spread over the tasks.
        scope.asSystem(big, () -> jdbc.sql("""
                with staff as (
                    select m.person_id, m.team_id, coalesce(tm.hourly_cost, t.default_hourly_cost) as cost,
                           (row_number() over (order by m.person_id) - 1)::integer as n
                    from membership m join tenant t on t.id = m.tenant_id left join team tm on tm.tenant_id = m.tenant_id and tm.id = m.team_id
                    where m.tenant_id = :t and m.role = 'STAFF'),
                tasks as (select id, (row_number() over (order by id) - 1)::integer as n from audit_task where tenant_id = :t),
                days as (
                    select day::date as day, (row_number() over (order by day) - 1)::integer as n
                    from generate_series(cast(:starts as date), cast(:ends as date), interval '1 day') day where extract(isodow from day) < 6)
                insert into audit_time_entry (tenant_id, campaign_id, person_id, task_id, entry_date, minutes, occurrences, hourly_cost, team_id)
                select :t, :c, staff.person_id, tasks.id, days.day, 1 + g % 9, 1 + g % 5, staff.cost, staff.team_id
                from generate_series(0, :entries - 1) g
                join staff on staff.n = g % :staff
                join days on days.n = (g / :staff) % 20
                join tasks on tasks.n = (staff.n * 13 + (g / (:staff * 20)) * 2 + days.n % 2) % :tasks
                """).param("t", big.value()).param("c", campaignId).param("starts", startsOn).param("ends", endsOn)
                .param("entries", ENTRIES).param("staff", STAFF).param("tasks", PROCESSES * TASKS_PER_PROCESS).update());
        seconds.put(String.format(Locale.ROOT, "%,d time entries (SQL)", ENTRIES), watch.lap());

        scope.asSystem(big, () -> jdbc.sql("""
                with staff as (
                    select person_id, (row_number() over (order by person_id) - 1)::integer as n
                    from membership where tenant_id = :t and role = 'STAFF'),
                tasks as (select id, (row_number() over (order by id) - 1)::integer as n from audit_task where tenant_id = :t)
                insert into audit_task_rating (tenant_id, campaign_id, person_id, task_id, repetitive, rule_based, predictable, friction)
                select :t, :c, staff.person_id, tasks.id, 1 + (staff.n + r) % 5, 1 + (staff.n + 2 * r) % 5, 1 + (staff.n + 3 * r) % 5,
                       1 + (staff.n * r) % 5
                from staff cross join generate_series(0, :rated - 1) r
                join tasks on tasks.n = (staff.n * 13 + r * 2) % :tasks
                """).param("t", big.value()).param("c", campaignId).param("rated", RATED_TASKS_PER_PERSON)
                .param("tasks", PROCESSES * TASKS_PER_PROCESS).update());
        seconds.put("10,000 task ratings (SQL)", watch.lap());

        // Ten solutions live for five years, through the design services.
        YearMonth liveSince = YearMonth.now(ZoneId.of("Europe/London")).minusYears(YEARS_LIVE);
        List<Long> records = new ArrayList<>();
        for (int i = 1; i <= LIVE_SOLUTIONS; i++) {
            records.add(goLive(context, big, consultant, executive, i, liveSince));
        }
        seconds.put("10 design records taken live (services)", watch.lap());

        LocalDate firstDay = liveSince.atDay(1);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        scope.asSystem(big, () -> {
            jdbc.sql("""
                    insert into kpi_measurement (tenant_id, record_id, kpi_id, period_start, value, recorded_by, recorded_by_name, recorded_at)
                    select k.tenant_id, k.record_id, k.id, period::date,
                           case when k.unit = 'PERCENT' then 40 + (extract(epoch from period)::bigint / 86400) % 50 else 1 + (extract(epoch from period)::bigint / 86400) % 5 end,
                           :who, 'Bea Bench', now()
                    from design_kpi k
                    cross join lateral generate_series(
                        case when k.cadence = 'MONTHLY' then cast(:first as date) else date_trunc('week', cast(:first as date) + 6)::date end,
                        cast(:today as date) - 7,
                        case when k.cadence = 'MONTHLY' then interval '1 month' else interval '1 week' end) period
                    where k.tenant_id = :t and k.record_id = any (:records)
                    """).param("t", big.value()).param("records", records.toArray(Long[]::new)).param("who", consultantId)
                    .param("first", firstDay).param("today", today).update();
            return null;
        });
        seconds.put("5 years of monthly and weekly KPI measurements (SQL)", watch.lap());

        long days = ChronoUnit.DAYS.between(firstDay, today);
        scope.asSystem(big, () -> jdbc.sql("""
                insert into run_event (tenant_id, record_id, sender_event_key, occurred_at, outcome, duration_ms, received_at)
                select :t, r.id, 'bench-' || g, cast(:first as timestamptz) + g * interval '864 seconds',
                       case when g % 20 = 0 then 'FAILED' when g % 33 = 0 then 'HANDED_TO_HUMAN' else 'SUCCEEDED' end,
                       30000 + (g * 7919) % 90000, now()
                from unnest(cast(:records as bigint[])) r(id) cross join generate_series(0, :events - 1) g
                """).param("t", big.value()).param("records", records.toArray(Long[]::new)).param("first", firstDay)
                .param("events", days * RUNS_A_DAY).update());
        seconds.put(String.format(Locale.ROOT, "%,d run events, %d a day per solution (SQL)", days * RUNS_A_DAY * LIVE_SOLUTIONS, RUNS_A_DAY),
                watch.lap());

        // The consultant's 99 other clients, new and small.
        TenantService tenants = context.getBean(TenantService.class);
        SignIn.as(context, DemoPeople.ADMIN);
        for (int i = 1; i <= OTHER_CLIENTS; i++) {
            TenantId other = tenants.create(TenantSettings.defaults("Small client " + i + " " + s, "small-" + i + "-" + s, Locale.UK,
                    ZoneId.of("Europe/London"), new BigDecimal("35"))).id();
            assignments.assignConsultant(other, consultantId);
        }
        SignIn.out();
        seconds.put("99 more clients of the consultant (services)", watch.lap());

        analyze(context);
        seconds.put("analyze (as the tables' owner)", watch.lap());
        return new BigClient(big, consultant, executive, staff, campaignId, thisMonday.minusWeeks(1), seconds);
    }

    /**
     * Gives the planner statistics of the new rows at once, as a production database would have
     * them after autovacuum's next pass. The portal's role does not own the tables (PostgreSQL
     * skips them for it), so this connects as their owner, the role the migrations run as.
     */
    private static void analyze(ApplicationContext context) {
        Environment environment = context.getEnvironment();
        try (Connection owner = DriverManager.getConnection(environment.getRequiredProperty("spring.liquibase.url"),
                environment.getRequiredProperty("spring.liquibase.user"), environment.getRequiredProperty("spring.liquibase.password"));
                Statement analyze = owner.createStatement()) {
            analyze.execute("analyze person, membership, team, audit_task, audit_time_entry, audit_task_rating, audit_participant, "
                    + "design_kpi, kpi_measurement, run_event, consultant_assignment, tenant");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not analyze the big client's tables", e);
        }
    }

    double seconds() {
        return secondsByPart.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** A voice agent whose saving is counted from its runs, written by the consultant, approved by the executive and put live. */
    private static long goLive(ApplicationContext context, TenantId tenant, String consultant, String executive, int n, YearMonth liveSince) {
        DesignContent content = DesignContent.builder()
                .title("Voice agent " + n)
                .problem("Too many routine calls on line " + n)
                .solutionType(SolutionType.VOICE_AGENT)
                .trigger("A call to line " + n)
                .steps(List.of(new WorkflowStep(StepActor.AI, "Answers the routine call"), new WorkflowStep(StepActor.HUMAN, "Takes the rest")))
                .systems("Telephony")
                .dataAndPrivacy("Order numbers")
                .humanCheckpoints("Callers can ask for a person")
                .risks("Misheard numbers are read back")
                .kpis(List.of(new KpiSpec("handled", "Calls handled without a person", KpiUnit.PERCENT, KpiDirection.HIGHER_IS_BETTER,
                                BigDecimal.ZERO, new BigDecimal("90"), KpiCadence.MONTHLY),
                        new KpiSpec("waiting", "Average wait on the phone", KpiUnit.MINUTES, KpiDirection.LOWER_IS_BETTER,
                                new BigDecimal("6"), BigDecimal.ONE, KpiCadence.WEEKLY)))
                .buildCost(new BigDecimal("6000"))
                .runningCostPerMonth(new BigDecimal("350"))
                .savingsMethod(SavingsMethod.RUNS)
                .hourlyCost(new BigDecimal("30"))
                .baselineMinutesPerOccurrence(new BigDecimal("4"))
                .reviewMinutesPerRun(new BigDecimal("0.5"))
                .build();
        DesignRecords designs = context.getBean(DesignRecords.class);
        DesignReviews reviews = context.getBean(DesignReviews.class);
        SolutionDelivery delivery = context.getBean(SolutionDelivery.class);
        SignIn.as(context, consultant);
        DesignRecordSummary record = designs.create(tenant, content.title(), List.of());
        designs.saveContent(tenant, record.number(), 1, content);
        reviews.submit(tenant, record.number());
        SignIn.as(context, executive);
        reviews.approve(tenant, record.number(), 2, "");
        SignIn.as(context, consultant);
        delivery.startBuild(tenant, record.number());
        delivery.goLive(tenant, record.number(), liveSince);
        SignIn.out();
        return record.id();
    }

    /** Seconds since the last lap. */
    private static final class Stopwatch {
        private long last = System.nanoTime();

        double lap() {
            long now = System.nanoTime();
            double seconds = (now - last) / 1e9;
            last = now;
            return seconds;
        }
    }
}
