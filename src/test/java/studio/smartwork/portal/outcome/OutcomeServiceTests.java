package studio.smartwork.portal.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.design.KpiDefinition;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;

/** Recording outcomes and reading the dashboard through the service, on the real database. */
@SpringBootTest(properties = "portal.demo-data.enabled=false")
@Import(OutcomeTestConfig.class)
class OutcomeServiceTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    TenantScope tenantScope;
    @Autowired
    DataSource dataSource;
    @Autowired
    ActivityLog activity;

    OutcomeClients clients;
    OutcomeClients.Client client;
    TenantId tenant;
    TenantId otherTenant;
    LiveSolution voiceAgent;
    LiveSolution otherVoiceAgent;
    KpiDefinition handled;

    /** Two new clients, each with a voice agent live since August 2026; Tom works on the first only. */
    @BeforeEach
    void liveSolutions() {
        clients = new OutcomeClients(context);
        client = clients.fresh(true);
        tenant = client.id();
        OutcomeClients.Client other = clients.fresh(false);
        otherTenant = other.id();
        voiceAgent = clients.voiceAgent(client, YearMonth.of(2026, 8));
        handled = voiceAgent.kpis().getFirst();
        otherVoiceAgent = clients.voiceAgent(other, YearMonth.of(2026, 8));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aConsultantsMeasurementIsStoredWithWhoAndWhen() {
        SignIn.as(context, OutcomeClients.CONSULTANT);
        Measurement saved = outcomes.recordMeasurement(tenant, handled.id(), LocalDate.of(2026, 10, 17), new BigDecimal("91.5"));

        assertThat(saved.periodStart()).as("a monthly KPI's period is its month").isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(outcomes.measurements(tenant, voiceAgent.recordId())).singleElement().satisfies(m -> {
            assertThat(m.kpiId()).isEqualTo(handled.id());
            assertThat(m.value()).isEqualByComparingTo("91.5");
            assertThat(m.recordedBy()).isEqualTo("Olga Ortiz");
            assertThat(m.recordedAt()).isEqualTo(OutcomeTestConfig.NOW);
        });
        // The feed keeps the month as the Spanish client writes it: its values are text once stored.
        assertThat(activity.recent(tenant, 1)).singleElement().satisfies(entry -> assertThat(entry.message()).isEqualTo(
                Message.of("outcome.activity.measurement-recorded", "Olga Ortiz", handled.name(), voiceAgent.reference(),
                        "octubre de 2026")));
    }

    @Test
    void recordingTheSamePeriodAgainReplacesTheValueAndNamesTheLastChange() {
        SignIn.as(context, OutcomeClients.CONSULTANT);
        outcomes.recordMeasurement(tenant, handled.id(), LocalDate.of(2026, 9, 1), new BigDecimal("80"));
        SignIn.as(context, OutcomeClients.SECOND_CONSULTANT);
        outcomes.recordMeasurement(tenant, handled.id(), LocalDate.of(2026, 9, 30), new BigDecimal("84"));

        assertThat(outcomes.measurements(tenant, voiceAgent.recordId())).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualByComparingTo("84");
            assertThat(m.recordedBy()).isEqualTo("Omar Obi");
        });
        assertThat(activity.recent(tenant, 1).getFirst().message().key()).isEqualTo("outcome.activity.measurement-corrected");
    }

    @Test
    void weeklyKpisStoreTheMondayOfTheWeek() {
        SignIn.as(context, OutcomeClients.CONSULTANT);
        KpiDefinition waiting = voiceAgent.kpis().get(1);
        Measurement saved = outcomes.recordMeasurement(tenant, waiting.id(), LocalDate.of(2026, 11, 19), new BigDecimal("2.5"));
        assertThat(saved.periodStart()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(activity.recent(tenant, 1).getFirst().message()).isEqualTo(Message.of(
                "outcome.activity.weekly-measurement-recorded", "Olga Ortiz", waiting.name(), voiceAgent.reference(), "16 nov 2026"));
    }

    @Test
    void anotherTenantsKpiIsNotFound() {
        SignIn.as(context, OutcomeClients.CONSULTANT);
        long brightsmileKpi = otherVoiceAgent.kpis().getFirst().id();
        assertThatThrownBy(() -> outcomes.recordMeasurement(tenant, brightsmileKpi, LocalDate.of(2026, 10, 1), BigDecimal.ONE))
                .isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> outcomes.measurements(tenant, otherVoiceAgent.recordId()))
                .isInstanceOf(TenantNotFoundException.class);

        SignIn.as(context, OutcomeClients.SECOND_CONSULTANT);
        assertThatThrownBy(() -> outcomes.dashboard(otherTenant)).as("Omar is not assigned to the other client")
                .isInstanceOf(TenantNotFoundException.class);
        SignIn.as(context, client.executive());
        assertThatThrownBy(() -> outcomes.dashboard(otherTenant)).isInstanceOf(TenantNotFoundException.class);
    }

    @Test
    void rowLevelSecurityHidesOneTenantsMeasurementsFromAnother() {
        SignIn.as(context, OutcomeClients.CONSULTANT);
        outcomes.recordMeasurement(tenant, handled.id(), LocalDate.of(2026, 10, 1), new BigDecimal("90"));
        long seenFromBrightsmile = tenantScope.asSystem(otherTenant, () -> JdbcClient.create(dataSource)
                .sql("select count(*) from kpi_measurement where kpi_id = :kpi").param("kpi", handled.id()).query(Long.class).single());
        long seenFromAcme = tenantScope.asSystem(tenant, () -> JdbcClient.create(dataSource)
                .sql("select count(*) from kpi_measurement where kpi_id = :kpi").param("kpi", handled.id()).query(Long.class).single());
        assertThat(seenFromBrightsmile).isZero();
        assertThat(seenFromAcme).isOne();
    }

    @Test
    void executivesAndStaffReadButDoNotRecord() {
        SignIn.as(context, client.executive());
        assertThatThrownBy(() -> outcomes.recordMeasurement(tenant, handled.id(), LocalDate.of(2026, 10, 1), BigDecimal.TEN))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("outcome.refusal.record-not-allowed"));
        assertThatThrownBy(() -> outcomes.recordRunTotal(tenant, voiceAgent.recordId(), YearMonth.of(2026, 10), 10, 9, 1))
                .isInstanceOf(NotAllowedException.class);
        assertThat(outcomes.dashboard(tenant).solutions()).hasSize(1);

        SignIn.as(context, client.staff());
        assertThatThrownBy(() -> outcomes.recordMeasurement(tenant, handled.id(), LocalDate.of(2026, 10, 1), BigDecimal.TEN))
                .isInstanceOf(NotAllowedException.class);
        assertThat(outcomes.dashboard(tenant).solutions()).hasSize(1);
        assertThat(outcomes.measurements(tenant, voiceAgent.recordId())).isEmpty();
    }

    @Test
    void aMeasurementNeedsAValueAndAPeriodSinceGoingLiveThatHasStarted() {
        SignIn.as(context, OutcomeClients.CONSULTANT);
        assertThatThrownBy(() -> outcomes.recordMeasurement(tenant, handled.id(), LocalDate.of(2026, 10, 1), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsEntry("value", Message.of("outcome.refusal.value-missing")));
        assertThatThrownBy(() -> outcomes.recordMeasurement(tenant, handled.id(), LocalDate.of(2026, 12, 1), BigDecimal.ONE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry("period", Message.of("outcome.refusal.period-not-started")));
        assertThatThrownBy(() -> outcomes.recordMeasurement(tenant, handled.id(), LocalDate.of(2026, 7, 31), BigDecimal.ONE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsEntry("period",
                        Message.of("outcome.refusal.before-live", voiceAgent.reference(), YearMonth.of(2026, 8), LocalDate.of(2026, 8, 1))));
        assertThatThrownBy(() -> outcomes.recordMeasurement(tenant, handled.id(), null, BigDecimal.ONE))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsEntry("period", Message.of("outcome.refusal.month-missing")));
        assertThat(outcomes.measurements(tenant, voiceAgent.recordId())).isEmpty();
    }

    @Test
    void runTotalsAreCheckedAndOnlyForSolutionsThatCountRuns() {
        SignIn.as(context, OutcomeClients.CONSULTANT);
        assertThatThrownBy(() -> outcomes.recordRunTotal(tenant, voiceAgent.recordId(), YearMonth.of(2026, 10), 100, 95, 10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry("succeeded", Message.of("outcome.refusal.more-than-runs")));
        LiveSolution triage = clients.inboxTriage(client);
        SignIn.as(context, OutcomeClients.CONSULTANT);
        assertThatThrownBy(() -> outcomes.recordRunTotal(tenant, triage.recordId(), YearMonth.of(2026, 10), 10, 10, 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry("solution", Message.of("outcome.refusal.counted-from-kpi", triage.reference())));

        outcomes.recordRunTotal(tenant, voiceAgent.recordId(), YearMonth.of(2026, 10), 1000, 950, 50);
        RunTotal corrected = outcomes.recordRunTotal(tenant, voiceAgent.recordId(), YearMonth.of(2026, 10), 1000, 960, 40);
        assertThat(activity.recent(tenant, 1).getFirst().message()).isEqualTo(
                Message.of("outcome.activity.runs-recorded", "Olga Ortiz", voiceAgent.reference(), "octubre de 2026"));
        assertThat(outcomes.runTotals(tenant, voiceAgent.recordId())).containsExactly(corrected);
        assertThat(corrected.recordedBy()).isEqualTo("Olga Ortiz");
    }

    @Test
    void theDashboardAddsUpWhatWasRecorded() {
        SignIn.as(context, OutcomeClients.CONSULTANT);
        // Aug: (940 × 4 − 0.5 × 1000) / 60 = 54.333 h → 2064.67; Sep: 4000 / 60 = 66.667 h → 2533.33; Oct: nothing
        outcomes.recordRunTotal(tenant, voiceAgent.recordId(), YearMonth.of(2026, 8), 1000, 940, 60);
        outcomes.recordRunTotal(tenant, voiceAgent.recordId(), YearMonth.of(2026, 9), 1200, 1150, 50);
        outcomes.recordMeasurement(tenant, handled.id(), LocalDate.of(2026, 9, 1), new BigDecimal("81"));

        SignIn.as(context, client.executive());
        SavingsDashboard dashboard = outcomes.dashboard(tenant);
        assertThat(dashboard.lastThreeMonths()).containsExactly(YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10));
        assertThat(dashboard.hoursLastThreeMonths()).isEqualByComparingTo("121");
        assertThat(dashboard.moneyLastThreeMonths()).isEqualByComparingTo("4598.00");
        // (4598 − 1050 − 6000) / (6000 + 1050) = −2452 / 7050 = −0.347801
        assertThat(dashboard.roiToDate()).isEqualByComparingTo("-0.347801");
        assertThat(dashboard.paybackMonth()).isNull();
        KpiStatus status = dashboard.solutions().getFirst().kpis().getFirst();
        assertThat(status.attainment()).as("(81 − 0) / (90 − 0)").isEqualByComparingTo("0.9");
        assertThat(dashboard.alerts()).extracting(KpiAlert::kind).containsExactly(KpiAlert.Kind.NO_DATA);
    }

    @Test
    void withoutLiveSolutionsTheDashboardIsEmpty() {
        OutcomeClients.Client bare = clients.fresh(false);
        SignIn.as(context, bare.executive());
        SavingsDashboard dashboard = outcomes.dashboard(bare.id());
        assertThat(dashboard.hasSolutions()).isFalse();
        assertThat(dashboard.moneyLastThreeMonths()).isZero();
        assertThat(dashboard.roiToDate()).isNull();
    }
}
