package studio.smartwork.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.outcome.MonthlySaving;
import studio.smartwork.portal.outcome.OutcomeService;
import studio.smartwork.portal.outcome.OutcomeTestConfig;
import studio.smartwork.portal.outcome.OutcomeTestConfig.TestLiveSolutions;
import studio.smartwork.portal.outcome.SavingsDashboard;
import studio.smartwork.portal.people.PeopleService;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantService;

/** The outcome chapter of the demo tells its story when a voice agent is live, and does nothing without one. */
@SpringBootTest
@Import(OutcomeTestConfig.class)
class OutcomeDemoTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    OutcomeDemo chapter;
    @Autowired
    TestLiveSolutions solutions;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    PeopleService people;
    @Autowired
    TenantService tenants;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void sixMonthsOfAVoiceAgentGiveABelievableDashboardWithoutAlerts() {
        TenantId acme = tenants.findBySlug("acme").orElseThrow().id();
        LiveSolution agent = TestLiveSolutions.voiceAgent(YearMonth.of(2026, 3));
        solutions.set(acme, agent);

        chapter.write(new DemoSeeding(people, tenants));

        SignIn.as(context, DemoPeople.EVA);
        SavingsDashboard dashboard = outcomes.dashboard(acme);
        assertThat(dashboard.months()).filteredOn(MonthlySaving::hasData).extracting(MonthlySaving::month)
                .containsExactly(YearMonth.of(2026, 5), YearMonth.of(2026, 6), YearMonth.of(2026, 7),
                        YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10));
        // About a thousand calls a month at 4 minutes, less half a minute of review each: roughly 55–60 h a month.
        assertThat(dashboard.hoursLastThreeMonths()).isBetween(new java.math.BigDecimal("160"), new java.math.BigDecimal("190"));
        assertThat(dashboard.alerts()).isEmpty();
        assertThat(outcomes.runTotals(acme, agent.recordId())).allSatisfy(r -> {
            assertThat(r.recordedBy()).isEqualTo("Carla Romero");
            assertThat(r.succeeded() * 100 / r.runs()).isBetween(92, 96);
        });
    }

    @Test
    void withoutALiveSolutionTheChapterLeavesEverythingAsItIs() {
        TenantId acme = tenants.findBySlug("acme").orElseThrow().id();
        solutions.set(acme);
        chapter.write(new DemoSeeding(people, tenants));
        SignIn.as(context, DemoPeople.EVA);
        assertThat(outcomes.dashboard(acme).hasSolutions()).isFalse();
    }
}
