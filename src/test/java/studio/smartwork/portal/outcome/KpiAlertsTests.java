package studio.smartwork.portal.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import studio.smartwork.portal.design.KpiDefinition;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.notifications.Notification;
import studio.smartwork.portal.notifications.NotificationKind;
import studio.smartwork.portal.notifications.Notifications;
import studio.smartwork.portal.outcome.StoredKpiAlert.PeriodValue;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.support.Mailbox;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;

/**
 * Stored KPI alerts on the real database (fixed clock: 25 November 2026, so August to October
 * have ended): raised once with the rule and its values, told once to consultants and executives
 * under the bell and by real mail, acknowledged with a note, resolved by themselves, and raised
 * anew later as a new alert.
 */
@SpringBootTest(properties = "portal.demo-data.enabled=false")
@Import(OutcomeTestConfig.class)
@RecordApplicationEvents
class KpiAlertsTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    KpiAlerts alerts;
    @Autowired
    Notifications notifications;
    @Autowired
    ApplicationEvents events;

    OutcomeClients.Client client;
    TenantId tenant;
    LiveSolution voiceAgent;
    KpiDefinition handled;
    KpiDefinition waiting;

    @BeforeEach
    void liveSolution() {
        OutcomeClients clients = new OutcomeClients(context);
        client = clients.fresh(true);
        tenant = client.id();
        voiceAgent = clients.voiceAgent(client, YearMonth.of(2026, 8));
        handled = voiceAgent.kpis().get(0);
        waiting = voiceAgent.kpis().get(1);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void goingLiveWithoutDataRaisesNoDataAtOnceAndTellsConsultantsAndExecutivesOnce() {
        SignIn.as(context, client.executive());
        assertThat(alerts.open(tenant)).extracting(StoredKpiAlert::kpiId, StoredKpiAlert::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(handled.id(), KpiAlert.Kind.NO_DATA),
                org.assertj.core.groups.Tuple.tuple(waiting.id(), KpiAlert.Kind.NO_DATA));
        StoredKpiAlert noData = alerts.open(tenant).stream().filter(a -> a.kpiId() == handled.id()).findFirst().orElseThrow();
        assertThat(noData.since()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(noData.evidence()).containsExactly(new PeriodValue(LocalDate.of(2026, 9, 1), null),
                new PeriodValue(LocalDate.of(2026, 10, 1), null));
        assertThat(raisedNotifications()).hasSize(2)
                .allSatisfy(n -> assertThat(n.link()).isEqualTo("t/" + client.slug() + "/outcomes/alerts/" + voiceAgent.recordId()));
        SignIn.as(context, OutcomeClients.CONSULTANT);
        assertThat(raisedNotifications()).hasSize(2);
        SignIn.as(context, client.staff());
        assertThat(raisedNotifications()).as("staff are not told").isEmpty();
        // The executive reads Spanish (the client is es-ES); the mail links to the solution's alerts.
        assertThat(Mailbox.of(context, client.executive())).filteredOn(m -> m.subject().contains("Calls handled without a person"))
                .singleElement().satisfies(mail -> {
                    assertThat(mail.subject()).isEqualTo(voiceAgent.reference() + ": Calls handled without a person lleva dos periodos sin datos");
                    assertThat(mail.text()).contains("/t/" + client.slug() + "/outcomes/alerts/" + voiceAgent.recordId());
                });
    }

    @Test
    void anAlertIsRaisedOnceWithItsValuesAcknowledgedWithANoteResolvedByItselfAndRaisedAnewLater() {
        SignIn.as(context, OutcomeClients.CONSULTANT);
        outcomes.recordMeasurement(tenant, handled.id(), LocalDate.of(2026, 9, 1), new BigDecimal("50"));
        outcomes.recordMeasurement(tenant, handled.id(), LocalDate.of(2026, 10, 1), new BigDecimal("60"));
        StoredKpiAlert missed = openOf(handled, KpiAlert.Kind.MISSED_TARGET);
        assertThat(missed.target()).isEqualByComparingTo("90");
        assertThat(missed.direction()).isEqualTo(KpiDefinition.KpiDirection.HIGHER_IS_BETTER);
        assertThat(missed.since()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(missed.evidence()).extracting(PeriodValue::periodStart).containsExactly(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1));
        assertThat(missed.evidence()).extracting(PeriodValue::value).usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactly(new BigDecimal("50"), new BigDecimal("60"));
        assertThat(alerts.open(tenant)).as("a value in September ends the KPI's 'no data'")
                .noneMatch(a -> a.kpiId() == handled.id() && a.kind() == KpiAlert.Kind.NO_DATA);
        assertThat(raisedChanges(KpiAlert.Kind.MISSED_TARGET, true)).isEqualTo(1);
        assertThat(raisedChanges(KpiAlert.Kind.NO_DATA, false)).as("resolved once").isEqualTo(1);

        // A correction that keeps the target missed keeps the alert: nobody is told again.
        outcomes.recordMeasurement(tenant, handled.id(), LocalDate.of(2026, 10, 1), new BigDecimal("70"));
        assertThat(openOf(handled, KpiAlert.Kind.MISSED_TARGET).id()).isEqualTo(missed.id());
        assertThat(raisedChanges(KpiAlert.Kind.MISSED_TARGET, true)).isEqualTo(1);
        SignIn.as(context, client.executive());
        assertThat(raisedNotifications()).filteredOn(n -> n.text().key().equals("outcome.alerts.notification.missed-target")).hasSize(1);
        assertThat(Mailbox.of(context, client.executive())).filteredOn(m -> m.subject().contains("no ha alcanzado su objetivo")).hasSize(1);

        // The executive acknowledges it with a note; staff may not, and a note is needed.
        assertThatThrownBy(() -> alerts.acknowledge(tenant, missed.id(), "  "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get("note").key()).isEqualTo("outcome.alerts.refusal.note-missing"));
        StoredKpiAlert acknowledged = alerts.acknowledge(tenant, missed.id(), "We retrain the agent on delivery questions");
        assertThat(acknowledged.acknowledgedBy()).isEqualTo("Elena Ejecutiva");
        assertThat(acknowledged.note()).isEqualTo("We retrain the agent on delivery questions");
        assertThat(acknowledged.acknowledgedAt()).isEqualTo(OutcomeTestConfig.NOW);
        assertThat(acknowledged.isOpen()).as("acknowledged is still open").isTrue();
        SignIn.as(context, client.staff());
        assertThatThrownBy(() -> alerts.acknowledge(tenant, missed.id(), "Seen"))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("outcome.alerts.refusal.acknowledge-not-allowed"));

        // October reaches the target: the alert resolves by itself.
        SignIn.as(context, OutcomeClients.CONSULTANT);
        outcomes.recordMeasurement(tenant, handled.id(), LocalDate.of(2026, 10, 1), new BigDecimal("95"));
        assertThat(alerts.open(tenant)).noneMatch(a -> a.kpiId() == handled.id());
        assertThat(raisedChanges(KpiAlert.Kind.MISSED_TARGET, false)).isEqualTo(1);

        // Missed again later: a new alert, told again.
        outcomes.recordMeasurement(tenant, handled.id(), LocalDate.of(2026, 10, 1), new BigDecimal("40"));
        StoredKpiAlert again = openOf(handled, KpiAlert.Kind.MISSED_TARGET);
        assertThat(again.id()).isNotEqualTo(missed.id());
        assertThat(again.isAcknowledged()).isFalse();
        assertThat(raisedChanges(KpiAlert.Kind.MISSED_TARGET, true)).isEqualTo(2);

        List<StoredKpiAlert> history = alerts.history(tenant, voiceAgent.recordId());
        assertThat(history).filteredOn(a -> a.kpiId() == handled.id()).extracting(StoredKpiAlert::kind, StoredKpiAlert::isOpen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(KpiAlert.Kind.MISSED_TARGET, true),
                        org.assertj.core.groups.Tuple.tuple(KpiAlert.Kind.MISSED_TARGET, false),
                        org.assertj.core.groups.Tuple.tuple(KpiAlert.Kind.NO_DATA, false));
        assertThat(history.stream().filter(a -> a.id() == missed.id()).findFirst().orElseThrow())
                .satisfies(a -> {
                    assertThat(a.resolvedAt()).isEqualTo(OutcomeTestConfig.NOW);
                    assertThat(a.note()).isEqualTo("We retrain the agent on delivery questions");
                });

        // The dashboard lists the stored open alerts, which are the rule's.
        SavingsDashboard dashboard = outcomes.dashboard(tenant);
        assertThat(dashboard.alerts()).extracting(KpiAlert::kpiId, KpiAlert::kind).containsExactlyInAnyOrderElementsOf(
                alerts.open(tenant).stream().map(a -> org.assertj.core.groups.Tuple.tuple(a.kpiId(), a.kind())).toList());
    }

    @Test
    void anotherTenantsAlertIsNotFound() {
        OutcomeClients.Client other = new OutcomeClients(context).fresh(false);
        long alertId = alertIdOf(tenant);
        SignIn.as(context, other.executive());
        assertThatThrownBy(() -> alerts.acknowledge(other.id(), alertId, "Not mine")).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> alerts.history(other.id(), voiceAgent.recordId())).isInstanceOf(TenantNotFoundException.class);
    }

    private long alertIdOf(TenantId of) {
        SignIn.as(context, client.executive());
        long id = alerts.open(of).getFirst().id();
        SignIn.out();
        return id;
    }

    private StoredKpiAlert openOf(KpiDefinition kpi, KpiAlert.Kind kind) {
        return alerts.open(tenant).stream().filter(a -> a.kpiId() == kpi.id() && a.kind() == kind).findFirst().orElseThrow();
    }

    private long raisedChanges(KpiAlert.Kind kind, boolean raised) {
        return events.stream(KpiAlertChanged.class)
                .filter(e -> e.tenant().equals(tenant) && e.alert().kind() == kind && e.raised() == raised && e.alert().kpiId() == handled.id())
                .count();
    }

    private List<Notification> raisedNotifications() {
        return notifications.recent(tenant, 50).stream().filter(n -> n.kind() == NotificationKind.KPI_ALERT_RAISED).toList();
    }

}
