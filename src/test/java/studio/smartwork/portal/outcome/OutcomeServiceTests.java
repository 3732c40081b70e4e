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
import studio.smartwork.portal.design.KpiDefinition;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.outcome.OutcomeTestConfig.TestLiveSolutions;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenant.TenantService;

/** Recording outcomes and reading the dashboard through the service, on the real database. */
@SpringBootTest
@Import(OutcomeTestConfig.class)
class OutcomeServiceTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    TestLiveSolutions solutions;
    @Autowired
    TenantService tenants;
    @Autowired
    TenantScope tenantScope;
    @Autowired
    DataSource dataSource;

    TenantId acme;
    TenantId brightsmile;
    LiveSolution voiceAgent;
    KpiDefinition handled;

    @BeforeEach
    void liveSolutions() {
        acme = tenants.findBySlug("acme").orElseThrow().id();
        brightsmile = tenants.findBySlug("brightsmile").orElseThrow().id();
        voiceAgent = TestLiveSolutions.voiceAgent();
        handled = voiceAgent.kpis().getFirst();
        solutions.set(acme, voiceAgent);
        solutions.set(brightsmile, TestLiveSolutions.voiceAgent());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aConsultantsMeasurementIsStoredWithWhoAndWhen() {
        SignIn.as(context, DemoPeople.CARLA);
        Measurement saved = outcomes.recordMeasurement(acme, handled.id(), LocalDate.of(2026, 10, 17), new BigDecimal("91.5"));

        assertThat(saved.periodStart()).as("a monthly KPI's period is its month").isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(outcomes.measurements(acme, voiceAgent.recordId())).singleElement().satisfies(m -> {
            assertThat(m.kpiId()).isEqualTo(handled.id());
            assertThat(m.value()).isEqualByComparingTo("91.5");
            assertThat(m.recordedBy()).isEqualTo("Carla Romero");
            assertThat(m.recordedAt()).isEqualTo(OutcomeTestConfig.NOW);
        });
    }

    @Test
    void recordingTheSamePeriodAgainReplacesTheValueAndNamesTheLastChange() {
        SignIn.as(context, DemoPeople.CARLA);
        outcomes.recordMeasurement(acme, handled.id(), LocalDate.of(2026, 9, 1), new BigDecimal("80"));
        SignIn.as(context, DemoPeople.TOM);
        outcomes.recordMeasurement(acme, handled.id(), LocalDate.of(2026, 9, 30), new BigDecimal("84"));

        assertThat(outcomes.measurements(acme, voiceAgent.recordId())).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualByComparingTo("84");
            assertThat(m.recordedBy()).isEqualTo("Tom Becker");
        });
    }

    @Test
    void weeklyKpisStoreTheMondayOfTheWeek() {
        SignIn.as(context, DemoPeople.CARLA);
        KpiDefinition waiting = voiceAgent.kpis().get(1);
        Measurement saved = outcomes.recordMeasurement(acme, waiting.id(), LocalDate.of(2026, 11, 19), new BigDecimal("2.5"));
        assertThat(saved.periodStart()).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void anotherTenantsKpiIsNotFound() {
        SignIn.as(context, DemoPeople.CARLA);
        long brightsmileKpi = solutions.liveSolutions(brightsmile).getFirst().kpis().getFirst().id();
        assertThatThrownBy(() -> outcomes.recordMeasurement(acme, brightsmileKpi, LocalDate.of(2026, 10, 1), BigDecimal.ONE))
                .isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> outcomes.measurements(acme, solutions.liveSolutions(brightsmile).getFirst().recordId()))
                .isInstanceOf(TenantNotFoundException.class);

        SignIn.as(context, DemoPeople.TOM);
        assertThatThrownBy(() -> outcomes.dashboard(brightsmile)).as("Tom is not assigned to Brightsmile")
                .isInstanceOf(TenantNotFoundException.class);
        SignIn.as(context, DemoPeople.EVA);
        assertThatThrownBy(() -> outcomes.dashboard(brightsmile)).isInstanceOf(TenantNotFoundException.class);
    }

    @Test
    void rowLevelSecurityHidesOneTenantsMeasurementsFromAnother() {
        SignIn.as(context, DemoPeople.CARLA);
        outcomes.recordMeasurement(acme, handled.id(), LocalDate.of(2026, 10, 1), new BigDecimal("90"));
        long seenFromBrightsmile = tenantScope.asSystem(brightsmile, () -> JdbcClient.create(dataSource)
                .sql("select count(*) from kpi_measurement where kpi_id = :kpi").param("kpi", handled.id()).query(Long.class).single());
        long seenFromAcme = tenantScope.asSystem(acme, () -> JdbcClient.create(dataSource)
                .sql("select count(*) from kpi_measurement where kpi_id = :kpi").param("kpi", handled.id()).query(Long.class).single());
        assertThat(seenFromBrightsmile).isZero();
        assertThat(seenFromAcme).isOne();
    }

    @Test
    void executivesAndStaffReadButDoNotRecord() {
        SignIn.as(context, DemoPeople.EVA);
        assertThatThrownBy(() -> outcomes.recordMeasurement(acme, handled.id(), LocalDate.of(2026, 10, 1), BigDecimal.TEN))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("consultants");
        assertThatThrownBy(() -> outcomes.recordRunTotal(acme, voiceAgent.recordId(), YearMonth.of(2026, 10), 10, 9, 1))
                .isInstanceOf(NotAllowedException.class);
        assertThat(outcomes.dashboard(acme).solutions()).hasSize(1);

        SignIn.as(context, DemoPeople.SAM);
        assertThatThrownBy(() -> outcomes.recordMeasurement(acme, handled.id(), LocalDate.of(2026, 10, 1), BigDecimal.TEN))
                .isInstanceOf(NotAllowedException.class);
        assertThat(outcomes.dashboard(acme).solutions()).hasSize(1);
        assertThat(outcomes.measurements(acme, voiceAgent.recordId())).isEmpty();
    }

    @Test
    void aMeasurementNeedsAValueAndAPeriodSinceGoingLiveThatHasStarted() {
        SignIn.as(context, DemoPeople.CARLA);
        assertThatThrownBy(() -> outcomes.recordMeasurement(acme, handled.id(), LocalDate.of(2026, 10, 1), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsEntry("value", "Enter a value."));
        assertThatThrownBy(() -> outcomes.recordMeasurement(acme, handled.id(), LocalDate.of(2026, 12, 1), BigDecimal.ONE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry("period", "That period has not started yet; choose one up to today."));
        assertThatThrownBy(() -> outcomes.recordMeasurement(acme, handled.id(), LocalDate.of(2026, 7, 31), BigDecimal.ONE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get("period"))
                        .startsWith(voiceAgent.reference() + " went live in agosto de 2026"));
        assertThatThrownBy(() -> outcomes.recordMeasurement(acme, handled.id(), null, BigDecimal.ONE))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsEntry("period", "Choose the month."));
        assertThat(outcomes.measurements(acme, voiceAgent.recordId())).isEmpty();
    }

    @Test
    void runTotalsAreCheckedAndOnlyForSolutionsThatCountRuns() {
        SignIn.as(context, DemoPeople.CARLA);
        assertThatThrownBy(() -> outcomes.recordRunTotal(acme, voiceAgent.recordId(), YearMonth.of(2026, 10), 100, 95, 10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry("succeeded", "Succeeded and failed runs together cannot be more than all runs."));
        LiveSolution triage = TestLiveSolutions.inboxTriage();
        solutions.set(acme, voiceAgent, triage);
        assertThatThrownBy(() -> outcomes.recordRunTotal(acme, triage.recordId(), YearMonth.of(2026, 10), 10, 10, 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsKey("solution"));

        outcomes.recordRunTotal(acme, voiceAgent.recordId(), YearMonth.of(2026, 10), 1000, 950, 50);
        RunTotal corrected = outcomes.recordRunTotal(acme, voiceAgent.recordId(), YearMonth.of(2026, 10), 1000, 960, 40);
        assertThat(outcomes.runTotals(acme, voiceAgent.recordId())).containsExactly(corrected);
        assertThat(corrected.recordedBy()).isEqualTo("Carla Romero");
    }

    @Test
    void theDashboardAddsUpWhatWasRecorded() {
        SignIn.as(context, DemoPeople.CARLA);
        // Aug: (940 × 4 − 0.5 × 1000) / 60 = 54.333 h → 2064.67; Sep: 4000 / 60 = 66.667 h → 2533.33; Oct: nothing
        outcomes.recordRunTotal(acme, voiceAgent.recordId(), YearMonth.of(2026, 8), 1000, 940, 60);
        outcomes.recordRunTotal(acme, voiceAgent.recordId(), YearMonth.of(2026, 9), 1200, 1150, 50);
        outcomes.recordMeasurement(acme, handled.id(), LocalDate.of(2026, 9, 1), new BigDecimal("81"));

        SignIn.as(context, DemoPeople.EVA);
        SavingsDashboard dashboard = outcomes.dashboard(acme);
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
        solutions.set(acme);
        SignIn.as(context, DemoPeople.EVA);
        SavingsDashboard dashboard = outcomes.dashboard(acme);
        assertThat(dashboard.hasSolutions()).isFalse();
        assertThat(dashboard.moneyLastThreeMonths()).isZero();
        assertThat(dashboard.roiToDate()).isNull();
    }
}
