package studio.smartwork.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.outcome.MonthlySaving;
import studio.smartwork.portal.outcome.OutcomeService;
import studio.smartwork.portal.outcome.RunEventMonth;
import studio.smartwork.portal.outcome.SavingsDashboard;
import studio.smartwork.portal.outcome.SolutionOutcome;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantService;

/**
 * The demo's outcome story as seeded: Acme's voice agent with six complete months that tell a believable story,
 * the last three reported by the agent itself as run events.
 */
@SpringBootTest
class OutcomeDemoTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    TenantService tenants;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void acmesVoiceAgentHasSixMonthsOfBelievableResultsAndNoAlerts() {
        TenantId acme = DemoTenants.id(context, "acme");
        SignIn.as(context, DemoPeople.EVA);
        LiveSolution agent = outcomes.liveSolutions(acme).stream()
                .filter(s -> s.title().equals("Voice agent for delivery-time calls")).findFirst().orElseThrow();
        YearMonth lastComplete = YearMonth.now(ZoneId.of("Europe/Madrid")).minusMonths(1);
        assertThat(agent.liveSince()).isEqualTo(lastComplete.minusMonths(5));

        // Other tests put more solutions live in Acme, so the voice agent's own figures are checked.
        SavingsDashboard dashboard = outcomes.dashboard(acme);
        SolutionOutcome outcome = dashboard.solutions().stream()
                .filter(s -> s.solution().recordId() == agent.recordId()).findFirst().orElseThrow();
        List<YearMonth> monthsWithData = outcome.months().stream().filter(MonthlySaving::hasData).map(MonthlySaving::month).toList();
        assertThat(monthsWithData).containsExactly(lastComplete.minusMonths(5), lastComplete.minusMonths(4),
                lastComplete.minusMonths(3), lastComplete.minusMonths(2), lastComplete.minusMonths(1), lastComplete);
        // About a thousand calls a month at 4 minutes, less half a minute of review each: roughly 55–60 h a month.
        assertThat(outcome.hoursLastThreeMonths()).isBetween(new BigDecimal("160"), new BigDecimal("190"));
        assertThat(outcome.paybackMonth()).as("the demo pays back within its live months").isNotNull();
        assertThat(dashboard.alerts()).filteredOn(a -> a.recordId() == agent.recordId()).isEmpty();
        // The first three months were typed in; the last three the agent reported call by call.
        assertThat(outcomes.runTotals(acme, agent.recordId())).hasSize(3).allSatisfy(r -> {
            assertThat(r.recordedBy()).isEqualTo("Carla Romero");
            assertThat(r.succeeded() * 100 / r.runs()).isBetween(92, 96);
            assertThat(r.month()).isBefore(lastComplete.minusMonths(2));
        });
        assertThat(outcome.runEventMonths()).extracting(RunEventMonth::month)
                .containsExactly(lastComplete.minusMonths(2), lastComplete.minusMonths(1), lastComplete);
        assertThat(outcome.runEventMonths()).allSatisfy(m -> {
            assertThat(m.runs()).isBetween(950, 1100);
            assertThat(m.succeeded() * 100 / m.runs()).isBetween(92, 96);
            assertThat(m.failed()).isPositive();
            assertThat(m.handedToHuman()).isPositive();
            assertThat(m.medianDurationMs()).as("a call of one to three minutes").isBetween(new BigDecimal("60000"), new BigDecimal("180000"));
        });
    }
}
