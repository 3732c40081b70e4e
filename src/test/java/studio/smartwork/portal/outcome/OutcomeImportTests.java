package studio.smartwork.portal.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import studio.smartwork.portal.design.KpiDefinition;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;

/** Measurements and run totals from CSV: through the typed-in forms' rules, all or nothing, refused by line. Today is 25 Nov 2026. */
@SpringBootTest(properties = "portal.demo-data.enabled=false")
@Import(OutcomeTestConfig.class)
class OutcomeImportTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    OutcomeImport importer;

    OutcomeClients clients;
    OutcomeClients.Client client;
    TenantId tenant;
    LiveSolution voiceAgent;
    LiveSolution otherVoiceAgent;
    KpiDefinition handled;
    KpiDefinition waiting;

    /** A voice agent live since August 2026 (counted by runs, a monthly and a weekly KPI), and another client's. */
    @BeforeEach
    void liveSolutions() {
        clients = new OutcomeClients(context);
        client = clients.fresh(false);
        tenant = client.id();
        voiceAgent = clients.voiceAgent(client, YearMonth.of(2026, 8));
        handled = voiceAgent.kpis().get(0);
        waiting = voiceAgent.kpis().get(1);
        otherVoiceAgent = clients.voiceAgent(clients.fresh(false), YearMonth.of(2026, 8));
        SignIn.as(context, OutcomeClients.CONSULTANT);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aGoodFileOfMeasurementsRecordsEachInItsPeriodAndALaterRowCorrectsAnEarlierOne() {
        OutcomeImportResult result = importer.importMeasurements(tenant, voiceAgent.recordId(), csv("kpi,date,value",
                handled.name() + ",2026-09-30,84",
                handled.name().toUpperCase() + ",2026-10-15,88.5",
                waiting.name() + ",2026-11-18,2.25",
                handled.name() + ",2026-10-31,91"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.rowsRecorded()).isEqualTo(4);
        // October's 88.5 was replaced by the later row's 91; the weekly KPI is stored for its week's Monday, 16 Nov.
        assertThat(outcomes.measurements(tenant, voiceAgent.recordId()))
                .extracting(Measurement::kpiId, Measurement::periodStart, m -> m.value().stripTrailingZeros())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(handled.id(), LocalDate.of(2026, 9, 1), new BigDecimal("84")),
                        org.assertj.core.groups.Tuple.tuple(handled.id(), LocalDate.of(2026, 10, 1), new BigDecimal("91")),
                        org.assertj.core.groups.Tuple.tuple(waiting.id(), LocalDate.of(2026, 11, 16), new BigDecimal("2.25")));
    }

    @Test
    void everyBadLineOfMeasurementsIsNamedAndNothingIsRecorded() {
        OutcomeImportResult result = importer.importMeasurements(tenant, voiceAgent.recordId(), csv("kpi,date,value",
                handled.name() + ",2026-09-30,84",        // line 2, good
                "Calls answered,2026-09-30,84",           // line 3
                handled.name() + ",2026-09-31,84",        // line 4
                handled.name() + ",2026-07-31,84",        // line 5
                handled.name() + ",2026-12-01,84",        // line 6
                handled.name() + ",2026-10-01,-3",        // line 7
                handled.name() + ",2026-10-01,lots",      // line 8
                handled.name() + ",2026-10-01"));         // line 9

        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).extracting(OutcomeImportResult.Problem::line).containsExactly(3, 4, 5, 6, 7, 8, 9);
        assertThat(reasons(result, 3)).containsExactly(Message.of("outcome.import.kpi.unknown", "Calls answered", voiceAgent.reference()));
        assertThat(reasons(result, 4)).containsExactly(Message.of("outcome.import.date.invalid", "2026-09-31"));
        assertThat(reasons(result, 5)).containsExactly(Message.of("outcome.refusal.before-live", voiceAgent.reference(),
                YearMonth.of(2026, 8), LocalDate.of(2026, 8, 1)));
        assertThat(reasons(result, 6)).containsExactly(Message.of("outcome.refusal.period-not-started"));
        assertThat(reasons(result, 7)).containsExactly(Message.of("outcome.refusal.value-negative"));
        assertThat(reasons(result, 8)).containsExactly(Message.of("outcome.import.value.invalid", "lots"));
        assertThat(reasons(result, 9)).containsExactly(Message.of("outcome.import.columns", 3, 2));
        assertThat(outcomes.measurements(tenant, voiceAgent.recordId())).isEmpty();
    }

    @Test
    void runTotalsFromAFileAndTheirBadLines() {
        OutcomeImportResult good = importer.importRunTotals(tenant, voiceAgent.recordId(), csv("month,runs,succeeded,failed",
                "2026-08,1000,940,60", "2026-09,1200,1150,50"));
        assertThat(good.rowsRecorded()).isEqualTo(2);
        assertThat(outcomes.runTotals(tenant, voiceAgent.recordId())).extracting(RunTotal::month, RunTotal::runs, RunTotal::succeeded)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 8), 1000, 940),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 9), 1200, 1150));

        OutcomeImportResult bad = importer.importRunTotals(tenant, voiceAgent.recordId(), csv("month,runs,succeeded,failed",
                "2026-10,900,880,20",      // line 2, good
                "2026-11,100,95,10",       // line 3: more outcomes than runs
                "October,100,90,10",       // line 4
                "2026-10,100,-1,10",       // line 5
                "2027-01,10,10,0"));       // line 6: not started
        assertThat(bad.problems()).extracting(OutcomeImportResult.Problem::line).containsExactly(3, 4, 5, 6);
        assertThat(reasons(bad, 3)).containsExactly(Message.of("outcome.refusal.more-than-runs"));
        assertThat(reasons(bad, 4)).containsExactly(Message.of("outcome.import.month.invalid", "October"));
        assertThat(reasons(bad, 5)).containsExactly(Message.of("outcome.import.count.invalid", "succeeded", "-1"));
        assertThat(reasons(bad, 6)).containsExactly(Message.of("outcome.refusal.period-not-started"));
        assertThat(outcomes.runTotals(tenant, voiceAgent.recordId())).hasSize(2);

        assertThat(importer.importRunTotals(tenant, voiceAgent.recordId(), csv("month,runs")).problems())
                .containsExactly(new OutcomeImportResult.Problem(1, List.of(Message.of("outcome.import.header", "month,runs,succeeded,failed"))));
        assertThat(importer.importRunTotals(tenant, voiceAgent.recordId(), csv("month,runs,succeeded,failed")).problems())
                .containsExactly(new OutcomeImportResult.Problem(1, List.of(Message.of("outcome.import.no-rows"))));
    }

    @Test
    void anotherClientsSolutionIsNotFoundAndTheClientsOwnPeopleDoNotImport() {
        byte[] file = csv("kpi,date,value", handled.name() + ",2026-09-30,84");
        assertThatThrownBy(() -> importer.importMeasurements(tenant, otherVoiceAgent.recordId(), file))
                .isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> importer.importRunTotals(tenant, otherVoiceAgent.recordId(), csv("month,runs,succeeded,failed", "2026-09,1,1,0")))
                .isInstanceOf(TenantNotFoundException.class);
        SignIn.as(context, client.executive());
        assertThatThrownBy(() -> importer.importMeasurements(tenant, voiceAgent.recordId(), file))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.reason().key()).isEqualTo("outcome.refusal.record-not-allowed"));
        assertThat(outcomes.measurements(tenant, voiceAgent.recordId())).isEmpty();
    }

    private static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static List<Message> reasons(OutcomeImportResult result, int line) {
        return result.problems().stream().filter(p -> p.line() == line).findFirst().orElseThrow().reasons();
    }
}
