package studio.smartwork.portal.outcome;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.outcome.ui.OutcomeDashboardView;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;

/** The dashboard's runs table: response time and errors next to hours and money, for solutions that report their runs. */
@Import(OutcomeTestConfig.class)
@TestPropertySource(properties = "portal.demo-data.enabled=false")
class RunEventsViewTests extends KaribuTests {

    @Autowired
    OutcomeService outcomes;
    @Autowired
    RunEvents runEvents;

    OutcomeClients.Client client;
    String outcomesPath;
    LiveSolution voiceAgent;

    @BeforeEach
    void aLiveVoiceAgent() {
        OutcomeClients clients = new OutcomeClients(context);
        client = clients.fresh(false);
        outcomesPath = "t/" + client.slug() + "/outcomes";
        voiceAgent = clients.voiceAgent(client, YearMonth.of(2026, 8));
    }

    private RunEvent call(String id, String at, RunOutcome outcome, long durationMs) {
        return new RunEvent(voiceAgent.recordId(), id, OffsetDateTime.parse(at), outcome, durationMs, null);
    }

    @Test
    void theExecutiveReadsResponseTimeAndErrorsNextToHoursAndMoneyInHerLanguage() {
        SignIn.as(context, OutcomeClients.CONSULTANT);
        outcomes.recordRunTotal(client.id(), voiceAgent.recordId(), YearMonth.of(2026, 8), 1000, 940, 60);
        // October: 3 runs, 2 succeeded, 1 failed; durations 1200, 2500, 4000 → median 2.5 s.
        // (2 × 4 − 0.5 × 3) / 60 = 0.108333 h → 4.12
        runEvents.recordBatch(client.id(), List.of(
                call("a", "2026-10-02T09:00:00Z", RunOutcome.SUCCEEDED, 1200),
                call("b", "2026-10-03T09:00:00Z", RunOutcome.FAILED, 4000),
                call("c", "2026-10-04T09:00:00Z", RunOutcome.SUCCEEDED, 2500)));
        SignIn.out();

        signIn(client.executive());
        navigate(outcomesPath);
        _get(OutcomeDashboardView.class);
        _get(H3.class, spec -> spec.withText("Ejecuciones que informa la automatización"));
        Grid<?> runs = _get(Grid.class, spec -> spec.withClasses("outcome-runs"));
        assertThat(GridKt._size(runs)).as("only the month with events; August was typed in").isOne();
        assertThat(GridKt._getFormattedRow(runs, 0)).containsExactly(voiceAgent.reference() + " · Voice agent for delivery calls",
                "oct 2026", "3", "0,1 h", "4,12\u00a0€", "2,5 s", "1");
    }

    @Test
    void withoutRunEventsThereIsNoRunsTable() {
        SignIn.as(context, OutcomeClients.CONSULTANT);
        outcomes.recordRunTotal(client.id(), voiceAgent.recordId(), YearMonth.of(2026, 10), 1000, 940, 60);
        SignIn.out();
        signIn(OutcomeClients.CONSULTANT);
        navigate(outcomesPath);
        _get(OutcomeDashboardView.class);
        assertThat(_find(H3.class, spec -> spec.withText(Texts.t("outcome.runs.dashboard.title")))).isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withClasses("outcome-runs"))).isEmpty();
    }
}
