package studio.smartwork.portal.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.AuditPerson;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.ParticipantProgress;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.mail.SentMail;
import studio.smartwork.portal.notifications.MailChoices;
import studio.smartwork.portal.notifications.NotificationKind;
import studio.smartwork.portal.notifications.TenantMorningSchedule;
import studio.smartwork.portal.notifications.internal.TenantMorningTask;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.support.Mailbox;
import studio.smartwork.portal.support.MovableClock;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenant.TenantService;

/**
 * The mails due at a time of the tenant's day, driven by a clock the test sets and read from the
 * real SMTP server: reminders at 9:00 (Madrid, UTC+1 in winter) to the right staff only, never
 * twice, not even from two schedulers; the executives' digest on Monday at 8:00 with the
 * dashboard's figures; last month's report on the 1st at 8:00. (In the outcome package for its clients with live solutions.)
 */
@SpringBootTest(properties = "portal.demo-data.enabled=false")
@Import(MovableClock.Config.class)
class ScheduledMailsTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Autowired
    ApplicationContext context;
    @Autowired
    MovableClock clock;
    @Autowired
    TenantMorningSchedule schedule;
    @Autowired
    AuditCampaigns campaigns;
    @Autowired
    TenantScope tenantScope;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    OutcomeClients.Client client;
    TenantId tenant;
    String logger;
    String optedOut;
    Map<String, Long> people;
    Campaign campaign;

    @BeforeEach
    void clientWithAnAuditCampaign() {
        clock.set(Instant.parse("2026-11-30T06:00:00Z"));
        client = new OutcomeClients(context).fresh(false);
        tenant = client.id();
        String n = String.valueOf(System.nanoTime());
        logger = "logger-" + n + "@outcome.example";
        optedOut = "quiet-" + n + "@outcome.example";
        TestPeople.member(context, tenant, logger, "Lola Logger", TenantRole.STAFF, null, OutcomeClients.ADMIN);
        TestPeople.member(context, tenant, optedOut, "Quique Quiet", TenantRole.STAFF, null, OutcomeClients.ADMIN);
        SignIn.as(context, OutcomeClients.CONSULTANT);
        people = campaigns.invitablePeople(tenant).stream().collect(Collectors.toMap(AuditPerson::email, AuditPerson::personId));
        campaign = campaigns.save(tenant, null, "Winter audit", MONDAY, LocalDate.of(2026, 12, 18),
                List.of(people.get(client.staff()), people.get(logger), people.get(optedOut), people.get(client.executive())));
        SignIn.out();
        SignIn.as(context, optedOut);
        context.getBean(MailChoices.class).choose(NotificationKind.LOG_REMINDER, false);
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void remindersGoAtNineTenantTimeToStaffWhoLoggedNothingOnThePreviousWorkingDayOnce() {
        logged(logger, MONDAY);
        logged(logger, LocalDate.of(2026, 12, 4));

        at("2026-11-30T08:10:00Z"); // Monday 9:10 in Madrid: Friday was before the campaign started
        assertThat(reminders(client.staff())).isEmpty();

        at("2026-12-01T07:50:00Z"); // Tuesday 8:50 in Madrid: not yet
        assertThat(reminders(client.staff())).isEmpty();

        at("2026-12-01T08:10:00Z"); // Tuesday 9:10: Monday had nothing from Sergio
        at("2026-12-01T08:15:00Z"); // the next turn sends nothing again
        assertThat(reminders(client.staff())).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("No registraste tiempo el " + spanish().date(MONDAY));
            assertThat(mail.text()).contains("«Winter audit»", "/t/" + client.slug() + "/audit/" + campaign.id() + "/log",
                    "/notifications/unsubscribe/");
        });
        assertThat(reminders(logger)).as("logged on Monday").isEmpty();
        assertThat(reminders(optedOut)).as("turned reminders off").isEmpty();
        assertThat(reminders(client.executive())).as("only staff are reminded").isEmpty();

        at("2026-12-05T10:00:00Z"); // Saturday
        at("2026-12-06T10:00:00Z"); // Sunday
        assertThat(reminders(client.staff())).hasSize(1);

        at("2026-12-07T09:30:00Z"); // Monday 10:30 (a replica was down at 9:00): Friday is looked at
        assertThat(reminders(client.staff())).extracting(SentMail::subject)
                .contains("No registraste tiempo el " + spanish().date(LocalDate.of(2026, 12, 4))).hasSize(2);
        assertThat(reminders(logger)).as("logged on Friday too").isEmpty();

        SignIn.as(context, OutcomeClients.CONSULTANT);
        campaigns.setOpen(tenant, campaign.id(), false);
        SignIn.out();
        at("2026-12-08T08:30:00Z"); // Tuesday after the campaign was closed
        assertThat(reminders(client.staff())).hasSize(2);
    }

    @Test
    void twoCallersAtOnceAndTwoSchedulersOnOneDatabaseSendOneReminder() throws Exception {
        clock.set(Instant.parse("2026-12-01T08:10:00Z"));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            calls.add(threads.submit(() -> {
                start.await();
                return schedule.runDue(tenant);
            }));
        }
        start.countDown();
        for (Future<Integer> call : calls) {
            call.get();
        }
        threads.shutdown();
        assertThat(reminders(client.staff())).hasSize(1);

        // Wednesday 9:10: two replicas' schedulers with the same recurring job on one database.
        clock.set(Instant.parse("2026-12-02T08:10:00Z"));
        String name = "tenant-morning-test-" + System.nanoTime();
        List<Scheduler> schedulers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Scheduler scheduler = Scheduler.create(dataSource)
                    .startTasks(TenantMorningTask.task(name, Duration.ofMillis(200), () -> schedule.runDue(tenant)))
                    .pollingInterval(Duration.ofMillis(100)).threads(2).build();
            scheduler.start();
            schedulers.add(scheduler);
        }
        try {
            long until = System.currentTimeMillis() + 10_000;
            while (reminders(client.staff()).size() < 2 && System.currentTimeMillis() < until) {
                Thread.sleep(100);
            }
            Thread.sleep(1_500); // several more turns of both schedulers
        } finally {
            schedulers.forEach(Scheduler::stop);
            jdbc.sql("delete from scheduled_tasks where task_name = :name").param("name", name).update();
        }
        assertThat(reminders(client.staff())).extracting(SentMail::subject)
                .containsExactlyInAnyOrder("No registraste tiempo el " + spanish().date(MONDAY),
                        "No registraste tiempo el " + spanish().date(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void executivesGetTheDigestOnMondayAtEightWithTheDashboardsFigures() {
        LiveSolutionFixture.voiceAgentWithRuns(context, client);
        logged(client.staff(), MONDAY);

        at("2026-12-07T06:30:00Z"); // Monday 7:30 in Madrid
        assertThat(digests()).isEmpty();
        at("2026-12-07T07:10:00Z"); // Monday 8:10
        at("2026-12-07T07:20:00Z");
        assertThat(digests()).hasSize(1);
        String text = digests().getFirst().text();

        TenantFormat format = spanish();
        SignIn.as(context, client.executive());
        SavingsDashboard dashboard = context.getBean(OutcomeService.class).dashboard(tenant);
        MonthlySaving november = dashboard.months().stream().filter(m -> m.month().equals(YearMonth.of(2026, 11))).findFirst().orElseThrow();
        assertThat(dashboard.lastCompleteMonth()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(text).contains(
                "Último mes completo (" + format.month(YearMonth.of(2026, 11)) + "): " + format.number(november.hoursRecovered(), 1)
                        + " h recuperadas, " + format.money(november.moneySaved()) + " ahorrados.",
                "Últimos tres meses (" + format.shortMonth(YearMonth.of(2026, 9)) + " – " + format.shortMonth(YearMonth.of(2026, 11))
                        + "): " + format.number(dashboard.hoursLastThreeMonths(), 1) + " h recuperadas, "
                        + format.money(dashboard.moneyLastThreeMonths()) + " ahorrados.",
                "Alertas de KPI abiertas: " + dashboard.alerts().size(),
                "Registros de diseño pendientes de aprobar: 0",
                "Campañas de auditoría abiertas: 1");
        assertThat(november.moneySaved()).as("a month with runs saves money").isPositive();
        ParticipantProgress sergio = campaigns.progress(tenant, campaign.id()).stream()
                .filter(p -> p.personId() == people.get(client.staff())).findFirst().orElseThrow();
        assertThat(text).contains("Sergio Staff: " + format.percent(sergio.completion(), 0) + " (" + sergio.daysLogged() + " de "
                + sergio.workingDaysSoFar() + " días laborables registrados)");
        for (var alert : dashboard.alerts()) {
            assertThat(text).contains(alert.solutionReference() + ": ");
        }
        assertThat(text).contains("/notifications/unsubscribe/");
    }

    @Test
    void executivesGetLastMonthsReportOnTheFirstAtEightOnce() {
        LiveSolutionFixture.voiceAgentWithRuns(context, client);

        at("2026-12-01T06:30:00Z"); // Tuesday the 1st, 7:30 in Madrid
        assertThat(reports()).isEmpty();
        at("2026-12-01T07:10:00Z"); // 8:10
        at("2026-12-01T09:00:00Z");
        assertThat(reports()).singleElement().satisfies(mail -> assertThat(mail.attachments()).singleElement()
                .satisfies(pdf -> assertThat(pdf.fileName()).endsWith("-savings-2026-11.pdf")));
        at("2026-12-02T07:10:00Z"); // not the 1st: nothing more
        assertThat(reports()).hasSize(1);
    }

    private void at(String instant) {
        clock.set(Instant.parse(instant));
        schedule.runDue(tenant);
    }

    private void logged(String email, LocalDate day) {
        long person = people.get(email);
        tenantScope.asSystem(tenant, () -> {
            Long process = jdbc.sql("""
                            insert into audit_process (tenant_id, name) values (:t, :name)
                            on conflict (tenant_id, lower(name)) do update set name = excluded.name returning id""")
                    .param("t", tenant.value()).param("name", "Deliveries").query(Long.class).single();
            Long task = jdbc.sql("""
                            insert into audit_task (tenant_id, process_id, name) values (:t, :p, 'Answering calls')
                            on conflict (process_id, lower(name)) do update set name = excluded.name returning id""")
                    .param("t", tenant.value()).param("p", process).query(Long.class).single();
            jdbc.sql("""
                            insert into audit_time_entry (tenant_id, campaign_id, person_id, task_id, entry_date, minutes, occurrences, hourly_cost)
                            values (:t, :c, :p, :task, :day, 30, 1, 38)""")
                    .param("t", tenant.value()).param("c", campaign.id()).param("p", person).param("task", task).param("day", day).update();
            return null;
        });
    }

    private List<SentMail> reminders(String email) {
        return Mailbox.of(context, email).stream().filter(m -> m.subject().startsWith("No registraste tiempo")).toList();
    }

    private List<SentMail> reports() {
        return Mailbox.of(context, client.executive()).stream().filter(m -> !m.attachments().isEmpty()).toList();
    }

    private List<SentMail> digests() {
        return Mailbox.of(context, client.executive()).stream().filter(m -> m.subject().contains("tu semana")).toList();
    }

    private TenantFormat spanish() {
        SignIn.as(context, OutcomeClients.ADMIN);
        TenantFormat format = context.getBean(TenantService.class).find(tenant).orElseThrow().formatFor(Language.SPANISH.locale());
        SignIn.out();
        return format;
    }

    /** The client's voice agent, live since August 2026, with run totals up to November. */
    static final class LiveSolutionFixture {

        static void voiceAgentWithRuns(ApplicationContext context, OutcomeClients.Client client) {
            var agent = new OutcomeClients(context).voiceAgent(client, YearMonth.of(2026, 8));
            SignIn.as(context, OutcomeClients.CONSULTANT);
            OutcomeService outcomes = context.getBean(OutcomeService.class);
            outcomes.recordRunTotal(client.id(), agent.recordId(), YearMonth.of(2026, 9), 1000, 940, 60);
            outcomes.recordRunTotal(client.id(), agent.recordId(), YearMonth.of(2026, 10), 1200, 1150, 50);
            outcomes.recordRunTotal(client.id(), agent.recordId(), YearMonth.of(2026, 11), 900, 880, 20);
            outcomes.recordMeasurement(client.id(), agent.kpis().getFirst().id(), LocalDate.of(2026, 11, 1), new BigDecimal("70"));
            SignIn.out();
        }
    }
}
