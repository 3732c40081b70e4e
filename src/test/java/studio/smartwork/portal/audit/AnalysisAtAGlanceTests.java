package studio.smartwork.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.activity.ActivityEntry;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.shared.ChangedMeanwhileException;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;

/**
 * What the analysis page reads at a glance, and what consultants do with candidates, against
 * hand-computed figures on the real database. Acme counts 21 working days per month; Sam's team
 * costs 34 an hour, Lia's 45, Eva has none (the default 38).
 */
@SpringBootTest
class AnalysisAtAGlanceTests {

    // 2026-03-02 is a Monday: two weeks with a weekend inside, 10 working days, so × 21 / 10 = × 2.1.
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditAnalysis analysis;
    @Autowired
    TimeLog timeLog;
    @Autowired
    ActivityLog activity;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theRankingShowsTheFirstTenTasksAndAddsUpTheRest() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Twelve " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM);
        StringBuilder rows = new StringBuilder();
        for (int task = 1; task <= 12; task++) {
            // Task n: 10 × n minutes by Sam at 34, rated 5, 5, 5: value = 10n ÷ 60 × 34 × 2.1 = 11.9 × n.
            rows.append(MONDAY).append(",sam@acme.example,Work ").append(s).append(",Task ").append(task).append(' ').append(s)
                    .append(',').append(10 * task).append(",1,5,5,5,,\n");
        }
        assertThat(AuditFixture.importRows(context, campaign, rows.toString()).problems()).isEmpty();

        Analysis result = analysis.analysis(AuditFixture.acme(context), campaign.id());
        ValueRanking ranking = result.ranking(10);
        assertThat(ranking.first()).extracting(TaskAnalysis::task)
                .containsExactly(List.of(12, 11, 10, 9, 8, 7, 6, 5, 4, 3).stream().map(n -> "Task " + n + " " + s).toArray(String[]::new));
        assertThat(ranking.first().getFirst().automatableValuePerMonth()).isEqualByComparingTo("142.8");
        assertThat(ranking.first().getLast().automatableValuePerMonth()).isEqualByComparingTo("35.7");
        // The same objects as the grid's rows, not figures worked out again.
        assertThat(ranking.first()).isEqualTo(result.tasks().subList(0, 10));
        // Tasks 2 and 1: 11.9 × 2 + 11.9 × 1 = 35.7.
        assertThat(ranking.rest()).extracting(TaskAnalysis::task).containsExactly("Task 2 " + s, "Task 1 " + s);
        assertThat(ranking.restValue()).isEqualByComparingTo("35.7");
        assertThat(ranking.folded()).isNull();

        // With a single task left over it is shown by its name rather than as "1 more task".
        assertThat(result.ranking(11).first()).hasSize(12);
        assertThat(result.ranking(11).rest()).isEmpty();
        assertThat(result.ranking(12).first()).hasSize(12);
    }

    @Test
    void anExecutivesRankingKeepsTheSmallGroupsFolded() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Folded " + s, MONDAY, MONDAY.plusDays(11));
        assertThat(AuditFixture.importRows(context, campaign,
                MONDAY + ",sam@acme.example,Support " + s + ",Calls " + s + ",120,10,4,4,4,,\n"
                        + MONDAY + ",sam@acme.example,Support " + s + ",Inbox " + s + ",60,10,5,5,5,,\n"
                        + MONDAY + ",lia@acme.example,Support " + s + ",Inbox " + s + ",60,10,,,,,\n"
                        + MONDAY + ",eva@acme.example,Support " + s + ",Inbox " + s + ",60,10,,,,,\n"
                        + MONDAY + ",marta@acme.example,Support " + s + ",Calls " + s + ",60,5,,,,,\n"
                        + MONDAY + ",pablo@acme.example,Support " + s + ",Chat " + s + ",60,5,,,,,\n").problems()).isEmpty();

        SignIn.as(context, DemoPeople.EVA);
        Analysis seen = analysis.analysis(AuditFixture.acme(context), campaign.id());
        ValueRanking ranking = seen.ranking(10);
        // Inbox (Sam, Lia, Eva): 180 min × 0.035 = 6.3 h; cost (60 × 34 + 60 × 45 + 60 × 38) × 0.035 = 245.7; suitability 1.
        assertThat(ranking.first()).extracting(TaskAnalysis::task).containsExactly("Inbox " + s);
        assertThat(ranking.first().getFirst().automatableValuePerMonth()).isEqualByComparingTo("245.7");
        assertThat(ranking.first().getFirst().people()).isNull();
        // Calls (Sam, Marta) and Chat (Pablo) stay one line: Calls 180 min at 34 × 0.035 = 214.2, suitability 0.75 → 160.65.
        assertThat(ranking.folded()).isSameAs(seen.otherTasks());
        assertThat(ranking.folded().automatableValuePerMonth()).isEqualByComparingTo("160.65");
        assertThat(ranking.rest()).isEmpty();
    }

    @Test
    void eachTasksTraitAveragesComeWithItsSuitability() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Traits " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM, DemoPeople.LIA);
        String inbox = ",Support " + s + ",Inbox " + s + ",";
        assertThat(AuditFixture.importRows(context, campaign,
                MONDAY + ",sam@acme.example" + inbox + "60,20,5,5,4,4,\n"
                        + MONDAY + ",lia@acme.example" + inbox + "60,20,3,2,2,2,\n"
                        + MONDAY + ",lia@acme.example,Support " + s + ",Filing " + s + ",60,1,,,,3,\n").problems()).isEmpty();

        List<TaskAnalysis> tasks = analysis.analysis(AuditFixture.acme(context), campaign.id()).tasks();
        TaskAnalysis rated = tasks.stream().filter(t -> t.task().equals("Inbox " + s)).findFirst().orElseThrow();
        // (5 + 3) ÷ 2 = 4, (5 + 2) ÷ 2 = 3.5, (4 + 2) ÷ 2 = 3; (4 + 3.5 + 3 − 3) ÷ 12 = 0.625.
        assertThat(rated.traits()).isNotNull();
        assertThat(rated.traits().repetitive()).isEqualByComparingTo("4");
        assertThat(rated.traits().ruleBased()).isEqualByComparingTo("3.5");
        assertThat(rated.traits().predictable()).isEqualByComparingTo("3");
        assertThat(rated.suitability()).isEqualByComparingTo("0.625");
        // Friction alone rates no trait: not rated, suitability 0.
        TaskAnalysis filing = tasks.stream().filter(t -> t.task().equals("Filing " + s)).findFirst().orElseThrow();
        assertThat(filing.traits()).isNull();
        assertThat(filing.rated()).isFalse();
        assertThat(filing.friction()).isEqualByComparingTo("3");
    }

    @Test
    void consultantsReadWhereTasksBreakWithoutWhoWroteItAndNobodyElseDoes() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Breaks " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM, DemoPeople.LIA);
        TaskCatalogue catalogue = context.getBean(TaskCatalogue.class);
        TenantId acme = AuditFixture.acme(context);
        AuditProcess process = catalogue.createProcess(acme, "Support " + s);
        long calls = catalogue.addTask(acme, process.id(), "Calls " + s).id();
        long inbox = catalogue.addTask(acme, process.id(), "Inbox " + s).id();
        SignIn.as(context, DemoPeople.SAM);
        timeLog.rate(acme, campaign.id(), new TaskRating(calls, 5, 4, 5, 2, "The carrier portal logs me out " + s));
        timeLog.rate(acme, campaign.id(), new TaskRating(inbox, 4, 4, 4, 3, null));
        SignIn.as(context, DemoPeople.LIA);
        timeLog.rate(acme, campaign.id(), new TaskRating(calls, null, null, null, 5, "Half the callers ask the same question " + s));

        SignIn.as(context, DemoPeople.CARLA);
        List<BreakingPoint> points = analysis.breakingPoints(acme, campaign.id());
        // Most friction first; the rating without a text is not a breaking point.
        assertThat(points).containsExactly(
                new BreakingPoint(calls, "Half the callers ask the same question " + s, 5),
                new BreakingPoint(calls, "The carrier portal logs me out " + s, 2));

        for (String notConsultant : List.of(DemoPeople.EVA, DemoPeople.SAM)) {
            SignIn.as(context, notConsultant);
            assertThatThrownBy(() -> analysis.breakingPoints(acme, campaign.id()))
                    .isInstanceOfSatisfying(NotAllowedException.class,
                            e -> assertThat(e.reason().key()).isEqualTo("audit.refused.consultancy-only"));
        }
        // Another client's campaign is not found, even for a consultant of both.
        SignIn.as(context, DemoPeople.CARLA);
        assertThatThrownBy(() -> analysis.breakingPoints(DemoTenants.id(context, "brightsmile"), campaign.id()))
                .isInstanceOf(TenantNotFoundException.class);
    }

    @Test
    void aConsultantChangesACandidateAndItsExpectedSavingFollowsItsNewTasks() {
        String s = AuditFixture.suffix();
        TenantId acme = AuditFixture.acme(context);
        Campaign campaign = AuditFixture.campaign(context, "Change " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM, DemoPeople.LIA);
        assertThat(AuditFixture.importRows(context, campaign,
                MONDAY + ",sam@acme.example,Support " + s + ",Calls " + s + ",600,60,5,5,5,,\n"
                        + MONDAY + ",lia@acme.example,Sales " + s + ",Leads " + s + ",300,30,4,4,4,,\n").problems()).isEmpty();
        List<TaskAnalysis> tasks = analysis.analysis(acme, campaign.id()).tasks();
        long calls = tasks.stream().filter(t -> t.task().equals("Calls " + s)).findFirst().orElseThrow().taskId();
        long leads = tasks.stream().filter(t -> t.task().equals("Leads " + s)).findFirst().orElseThrow().taskId();
        Candidate promoted = analysis.promote(acme, campaign.id(), new NewCandidate("Assistant " + s, new BigDecimal("70"), Effort.M,
                null, List.of(calls)));

        Candidate changed = analysis.changeCandidate(acme, promoted.id(), promoted.version(), new NewCandidate(" Sales assistant " + s + " ",
                new BigDecimal("50"), Effort.L, "Start with the web form", List.of(calls, leads)));
        // Calls 21 h costing 714 and leads 10.5 h costing 472.5: 50 % is 15.75 h and 593.25 a month.
        assertThat(changed.title()).isEqualTo("Sales assistant " + s);
        assertThat(changed.potentialPercent()).isEqualByComparingTo("50");
        assertThat(changed.effort()).isEqualTo(Effort.L);
        assertThat(changed.note()).isEqualTo("Start with the web form");
        assertThat(changed.taskLabels()).containsExactly("Sales " + s + " · Leads " + s, "Support " + s + " · Calls " + s);
        assertThat(changed.taskIds()).containsExactly(leads, calls);
        assertThat(changed.expectedHoursPerMonth()).isEqualByComparingTo("15.75");
        assertThat(changed.expectedMoneyPerMonth()).isEqualByComparingTo("593.25");
        assertThat(analysis.candidates(acme, campaign.id())).singleElement().isEqualTo(changed);
        assertThat(lastActivity(acme)).isEqualTo(Message.of("audit.activity.candidate-changed", "Carla Romero", "Sales assistant " + s));

        // Changed meanwhile: the version read before the change no longer holds, and nothing is written.
        assertThatThrownBy(() -> analysis.changeCandidate(acme, promoted.id(), promoted.version(), new NewCandidate("Stale " + s,
                new BigDecimal("10"), Effort.S, null, List.of(calls))))
                .isInstanceOfSatisfying(ChangedMeanwhileException.class,
                        e -> assertThat(e.problems().get("title")).isEqualTo(Message.of("audit.candidate.changed-meanwhile", "Sales assistant " + s)));
        assertThat(analysis.candidates(acme, campaign.id())).singleElement().extracting(Candidate::title).isEqualTo("Sales assistant " + s);

        // The same checks as promoting: all problems at once.
        assertThatThrownBy(() -> analysis.changeCandidate(acme, promoted.id(), changed.version(), new NewCandidate(" ",
                new BigDecimal("101"), null, null, List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().keySet())
                        .containsExactlyInAnyOrder("title", "potential", "effort", "tasks"));

        // Another client's candidate is not found from there, even by a consultant of both.
        assertThatThrownBy(() -> analysis.changeCandidate(DemoTenants.id(context, "brightsmile"), promoted.id(), changed.version(),
                new NewCandidate("Elsewhere " + s, new BigDecimal("10"), Effort.S, null, List.of(calls))))
                .isInstanceOf(TenantNotFoundException.class);

        SignIn.as(context, DemoPeople.EVA);
        assertThatThrownBy(() -> analysis.changeCandidate(acme, promoted.id(), changed.version(), new NewCandidate("Mine " + s,
                new BigDecimal("10"), Effort.S, null, List.of(calls))))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.reason().key()).isEqualTo("audit.refused.consultancy-only"));
    }

    @Test
    void aCandidateIsRemovedUnlessADesignRecordWasStartedFromIt() {
        String s = AuditFixture.suffix();
        TenantId acme = AuditFixture.acme(context);
        Campaign campaign = AuditFixture.campaign(context, "Remove " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM);
        assertThat(AuditFixture.importRows(context, campaign,
                MONDAY + ",sam@acme.example,Support " + s + ",Calls " + s + ",600,60,5,5,5,,\n").problems()).isEmpty();
        long calls = analysis.analysis(acme, campaign.id()).tasks().getFirst().taskId();
        Candidate spare = analysis.promote(acme, campaign.id(), new NewCandidate("Spare " + s, new BigDecimal("20"), Effort.S, null, List.of(calls)));
        Candidate designed = analysis.promote(acme, campaign.id(), new NewCandidate("Designed " + s, new BigDecimal("70"), Effort.M, null, List.of(calls)));
        DesignRecordSummary record = context.getBean(DesignRecords.class).create(acme, "", List.of(designed.id()));

        SignIn.as(context, DemoPeople.EVA);
        assertThatThrownBy(() -> analysis.removeCandidate(acme, spare.id()))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.reason().key()).isEqualTo("audit.refused.consultancy-only"));

        SignIn.as(context, DemoPeople.CARLA);
        analysis.removeCandidate(acme, spare.id());
        assertThat(analysis.candidates(acme, campaign.id())).extracting(Candidate::title).containsExactly("Designed " + s);
        assertThat(analysis.candidate(acme, spare.id())).isEmpty();
        assertThat(lastActivity(acme)).isEqualTo(Message.of("audit.activity.candidate-removed", "Carla Romero", "Spare " + s));

        assertThatThrownBy(() -> analysis.removeCandidate(acme, designed.id()))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.reason())
                        .isEqualTo(Message.of("audit.candidate.remove.has-records", "Designed " + s, record.reference())));
        assertThat(analysis.candidates(acme, campaign.id())).extracting(Candidate::title).containsExactly("Designed " + s);

        // Gone is gone, and another client's candidate is not found from here.
        assertThatThrownBy(() -> analysis.removeCandidate(acme, spare.id())).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> analysis.removeCandidate(DemoTenants.id(context, "brightsmile"), designed.id()))
                .isInstanceOf(TenantNotFoundException.class);
    }

    private Message lastActivity(TenantId tenant) {
        List<ActivityEntry> recent = activity.recent(tenant, 1);
        return recent.getFirst().message();
    }
}
