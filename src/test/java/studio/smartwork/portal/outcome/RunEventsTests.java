package studio.smartwork.portal.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.outcome.RunEventsRefusedException.Refusal;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;

/**
 * Run events through the service on the real database: what is stored, what counts once,
 * what is refused, and how the months they fall in (in the tenant's time zone, Madrid) feed
 * the savings. "Now" is 25 November 2026, 12:00 UTC; the voice agent is live since August 2026.
 */
@SpringBootTest(properties = "portal.demo-data.enabled=false")
@Import(OutcomeTestConfig.class)
class RunEventsTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    RunEvents runEvents;
    @Autowired
    OutcomeService outcomes;

    OutcomeClients clients;
    OutcomeClients.Client client;
    TenantId tenant;
    TenantId otherTenant;
    LiveSolution voiceAgent;
    LiveSolution otherVoiceAgent;

    @BeforeEach
    void liveSolutions() {
        clients = new OutcomeClients(context);
        client = clients.fresh(true);
        tenant = client.id();
        OutcomeClients.Client other = clients.fresh(false);
        otherTenant = other.id();
        voiceAgent = clients.voiceAgent(client, YearMonth.of(2026, 8));
        otherVoiceAgent = clients.voiceAgent(other, YearMonth.of(2026, 8));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private RunEvent event(String id, String at, RunOutcome outcome, Long durationMs) {
        return new RunEvent(voiceAgent.recordId(), id, OffsetDateTime.parse(at), outcome, durationMs, null);
    }

    @Test
    void eventsCountInTheMonthTheyHappenedInTheTenantsTimeZoneAndReplaceThatMonthsRunTotal() {
        SignIn.as(context, OutcomeClients.CONSULTANT);
        // Typed in: August 1000 / 940 (no events: it stays), September 1200 / 1150 (events replace it).
        outcomes.recordRunTotal(tenant, voiceAgent.recordId(), YearMonth.of(2026, 8), 1000, 940, 60);
        outcomes.recordRunTotal(tenant, voiceAgent.recordId(), YearMonth.of(2026, 9), 1200, 1150, 50);
        RunEventsReceipt receipt = runEvents.recordBatch(tenant, List.of(
                // 30 Sep 23:30 in Madrid (UTC+2): September.
                event("sep-1", "2026-09-30T21:30:00Z", RunOutcome.SUCCEEDED, null),
                // 30 Sep 23:30 UTC is 1 Oct 01:30 in Madrid: October.
                event("oct-1", "2026-09-30T23:30:00Z", RunOutcome.SUCCEEDED, 1000L),
                event("oct-2", "2026-10-15T10:00:00+02:00", RunOutcome.FAILED, 3000L),
                event("oct-3", "2026-10-20T10:00:00Z", RunOutcome.HANDED_TO_HUMAN, null),
                // 31 Oct 22:30 UTC is 23:30 in Madrid (winter time since 25 Oct, UTC+1): still October.
                event("oct-4", "2026-10-31T22:30:00Z", RunOutcome.SUCCEEDED, 2000L),
                event("oct-5", "2026-10-05T08:00:00-05:00", RunOutcome.SUCCEEDED, 4000L),
                // 31 Oct 23:30 UTC is 1 Nov 00:30 in Madrid: November, which has not ended.
                event("nov-1", "2026-10-31T23:30:00Z", RunOutcome.SUCCEEDED, 9000L)));
        assertThat(receipt.newEvents()).isEqualTo(7);

        SignIn.as(context, client.executive());
        SolutionOutcome outcome = outcomes.dashboard(tenant).solutions().getFirst();
        assertThat(outcome.runEventMonths()).as("only counted months; November has not ended").containsExactly(
                new RunEventMonth(voiceAgent.recordId(), YearMonth.of(2026, 9), 1, 1, 0, 0, null),
                // durations 1000, 3000, 2000, 4000 (oct-3 has none): median (2000 + 3000) / 2 = 2500 ms
                new RunEventMonth(voiceAgent.recordId(), YearMonth.of(2026, 10), 5, 3, 1, 1, new BigDecimal("2500.0")));
        // Aug (run total): (940 × 4 − 0.5 × 1000) / 60 = 54.333333 h → 2064.67
        // Sep (1 event, not 1200 / 1150): (1 × 4 − 0.5 × 1) / 60 = 0.058333 h → 2.22
        // Oct (5 events, 3 succeeded): (3 × 4 − 0.5 × 5) / 60 = 0.158333 h → 6.02
        assertThat(outcome.months()).extracting(MonthlySaving::moneySaved).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2064.67"), new BigDecimal("2.22"), new BigDecimal("6.02"));
        assertThat(outcome.hoursLastThreeMonths()).isEqualByComparingTo("54.5499999999");
        assertThat(outcome.moneyLastThreeMonths()).isEqualByComparingTo("2072.91");
        assertThat(outcome.hasRunEvents()).isTrue();
    }

    @Test
    void aMonthsResponseTimeIsTheMiddleDurationAndWithoutDurationsThereIsNone() {
        SignIn.as(context, OutcomeClients.CONSULTANT);
        runEvents.recordBatch(tenant, List.of(
                event("a", "2026-08-03T10:00:00Z", RunOutcome.SUCCEEDED, 900L),
                event("b", "2026-08-04T10:00:00Z", RunOutcome.FAILED, 100L),
                event("c", "2026-08-05T10:00:00Z", RunOutcome.FAILED, 250L),
                event("d", "2026-09-05T10:00:00Z", RunOutcome.HANDED_TO_HUMAN, null)));
        List<RunEventMonth> months = outcomes.dashboard(tenant).solutions().getFirst().runEventMonths();
        // August: 100, 250, 900 → 250 ms; 2 errors. September: no duration, no errors.
        assertThat(months).containsExactly(
                new RunEventMonth(voiceAgent.recordId(), YearMonth.of(2026, 8), 3, 1, 2, 0, new BigDecimal("250.0")),
                new RunEventMonth(voiceAgent.recordId(), YearMonth.of(2026, 9), 1, 0, 0, 1, null));
    }

    @Test
    void sendingAnEventAgainCountsOnceAndChangesNothing() {
        SignIn.as(context, OutcomeClients.CONSULTANT);
        assertThat(runEvents.record(tenant, event("call-1", "2026-10-01T10:00:00Z", RunOutcome.SUCCEEDED, 1000L)).isNew()).isTrue();
        RunEventsReceipt.Item again = runEvents.record(tenant, event("call-1", "2026-10-02T10:00:00Z", RunOutcome.FAILED, 5000L));
        assertThat(again.isNew()).as("a repeat is acknowledged as a duplicate").isFalse();

        RunEventsReceipt batch = runEvents.recordBatch(tenant, List.of(
                event("call-2", "2026-10-03T10:00:00Z", RunOutcome.SUCCEEDED, null),
                event("call-1", "2026-10-03T10:00:00Z", RunOutcome.SUCCEEDED, null),
                event("call-2", "2026-10-03T10:00:00Z", RunOutcome.SUCCEEDED, null)));
        assertThat(batch.items()).containsExactly(new RunEventsReceipt.Item(0, "call-2", true),
                new RunEventsReceipt.Item(1, "call-1", false), new RunEventsReceipt.Item(2, "call-2", false));
        assertThat(batch.newEvents()).isOne();
        assertThat(batch.duplicates()).isEqualTo(2);

        assertThat(runEvents.count(tenant, voiceAgent.recordId())).isEqualTo(2);
        // The first call-1 stands: succeeded on 1 October with 1000 ms.
        assertThat(outcomes.dashboard(tenant).solutions().getFirst().runEventMonths()).containsExactly(
                new RunEventMonth(voiceAgent.recordId(), YearMonth.of(2026, 10), 2, 2, 0, 0, new BigDecimal("1000.0")));
    }

    @Test
    void aBatchWithAnyRefusedEventStoresNoneAndNamesEachByItsPosition() {
        SignIn.as(context, OutcomeClients.CONSULTANT);
        List<RunEvent> batch = List.of(
                event("fine", "2026-10-01T10:00:00Z", RunOutcome.SUCCEEDED, 10L),
                new RunEvent(voiceAgent.recordId(), " ", OffsetDateTime.parse("2026-10-01T10:00:00Z"), RunOutcome.SUCCEEDED, null, null),
                new RunEvent(otherVoiceAgent.recordId(), "other", OffsetDateTime.parse("2026-10-01T10:00:00Z"), RunOutcome.SUCCEEDED,
                        null, null),
                event("late", "2026-11-25T12:30:00Z", RunOutcome.FAILED, -1L),
                event("early", "2026-07-31T21:59:00Z", null, null),
                event("x".repeat(201), "2026-10-01T10:00:00Z", RunOutcome.SUCCEEDED, null),
                new RunEvent(voiceAgent.recordId(), "minutes", OffsetDateTime.parse("2026-10-01T10:00:00Z"), RunOutcome.SUCCEEDED, null,
                        new BigDecimal("-1")),
                event("soon", "2026-11-25T12:04:00Z", RunOutcome.SUCCEEDED, null));
        assertThatThrownBy(() -> runEvents.recordBatch(tenant, batch)).isInstanceOfSatisfying(RunEventsRefusedException.class,
                e -> {
                    assertThat(e.refusals()).containsExactly(
                            new Refusal(1, "eventId", Message.of("outcome.runs.refusal.event-id-missing")),
                            new Refusal(2, "solution", Message.of("outcome.runs.refusal.solution-not-found")),
                            new Refusal(3, "occurredAt", Message.of("outcome.runs.refusal.time-in-future")),
                            new Refusal(3, "durationMs", Message.of("outcome.runs.refusal.duration-negative")),
                            // 31 Jul 21:59 UTC is 23:59 in Madrid, still July
                            new Refusal(4, "occurredAt", Message.of("outcome.runs.refusal.before-live", voiceAgent.reference(),
                                    YearMonth.of(2026, 8))),
                            new Refusal(4, "outcome", Message.of("outcome.runs.refusal.outcome-missing")),
                            new Refusal(5, "eventId", Message.of("outcome.runs.refusal.event-id-too-long", 200)),
                            new Refusal(6, "humanMinutes", Message.of("outcome.runs.refusal.human-minutes-out-of-range")));
                    assertThat(e.problems()).containsEntry("events[3].durationMs",
                            Message.of("outcome.runs.refusal.duration-negative"));
                });
        assertThat(runEvents.count(tenant, voiceAgent.recordId())).as("all or nothing").isZero();
        // 31 Jul 22:00 UTC is 1 August in Madrid: accepted, as is a run 4 minutes ahead of the portal's clock.
        assertThat(runEvents.recordBatch(tenant, List.of(event("first", "2026-07-31T22:00:00Z", RunOutcome.SUCCEEDED, null),
                batch.getLast())).newEvents()).isEqualTo(2);
    }

    @Test
    void aBatchHasAtMostTenThousandEvents() {
        SignIn.as(context, OutcomeClients.CONSULTANT);
        List<RunEvent> tooMany = IntStream.rangeClosed(0, RunEvents.MAX_BATCH)
                .mapToObj(i -> event("e" + i, "2026-10-01T10:00:00Z", RunOutcome.SUCCEEDED, null)).toList();
        assertThatThrownBy(() -> runEvents.recordBatch(tenant, tooMany)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsEntry("events",
                        Message.of("outcome.runs.refusal.batch-too-large", 10_000, 10_001)));
    }

    @Test
    void tenThousandEventsAreStoredInOneBatch() {
        SignIn.as(context, OutcomeClients.CONSULTANT);
        List<RunEvent> events = new ArrayList<>();
        OffsetDateTime start = OffsetDateTime.parse("2026-09-01T00:00:00+02:00");
        for (int i = 0; i < RunEvents.MAX_BATCH; i++) {
            events.add(event("run-" + i, start.plusMinutes(i * 4L).toString(),
                    i % 10 == 0 ? RunOutcome.FAILED : RunOutcome.SUCCEEDED, 1000L + i));
        }
        RunEventsReceipt receipt = runEvents.recordBatch(tenant, events);
        assertThat(receipt.newEvents()).isEqualTo(10_000);
        assertThat(runEvents.count(tenant, voiceAgent.recordId())).isEqualTo(10_000);
        // 4 minutes apart from 1 September 00:00 in Madrid: 30 × 24 × 15 = 10,800 fit in September.
        assertThat(outcomes.dashboard(tenant).solutions().getFirst().runEventMonths()).singleElement().satisfies(m -> {
            assertThat(m.runs()).isEqualTo(10_000);
            assertThat(m.failed()).isEqualTo(1_000);
            // durations 1000 … 10999: median (5999 + 6000) / 2
            assertThat(m.medianDurationMs()).isEqualByComparingTo("5999.5");
        });
    }

    @Test
    void onlyConsultantsSendRuns() {
        RunEvent run = event("call", "2026-10-01T10:00:00Z", RunOutcome.SUCCEEDED, null);
        SignIn.as(context, client.executive());
        assertThatThrownBy(() -> runEvents.record(tenant, run)).isInstanceOfSatisfying(NotAllowedException.class,
                e -> assertThat(e.reason().key()).isEqualTo("outcome.runs.refusal.send-not-allowed"));
        SignIn.as(context, client.staff());
        assertThatThrownBy(() -> runEvents.recordBatch(tenant, List.of(run))).isInstanceOf(NotAllowedException.class);
        SignIn.as(context, OutcomeClients.SECOND_CONSULTANT);
        assertThat(runEvents.record(tenant, run).isNew()).isTrue();
    }

    @Test
    void anotherTenantsSolutionIsNotFound() {
        SignIn.as(context, OutcomeClients.CONSULTANT);
        RunEvent elsewhere = new RunEvent(otherVoiceAgent.recordId(), "call", OffsetDateTime.parse("2026-10-01T10:00:00Z"),
                RunOutcome.SUCCEEDED, null, null);
        assertThatThrownBy(() -> runEvents.record(tenant, elsewhere)).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> runEvents.count(tenant, otherVoiceAgent.recordId())).isInstanceOf(TenantNotFoundException.class);
        SignIn.as(context, OutcomeClients.SECOND_CONSULTANT);
        assertThatThrownBy(() -> runEvents.record(otherTenant, elsewhere)).as("Omar is not assigned to the other client")
                .isInstanceOf(TenantNotFoundException.class);
        SignIn.as(context, OutcomeClients.CONSULTANT);
        assertThat(runEvents.count(otherTenant, otherVoiceAgent.recordId())).isZero();
    }
}
