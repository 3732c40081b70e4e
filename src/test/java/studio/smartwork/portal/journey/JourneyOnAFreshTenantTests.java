package studio.smartwork.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.audit.AuditAnalysis;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.AuditTask;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.Candidate;
import studio.smartwork.portal.audit.Effort;
import studio.smartwork.portal.audit.NewCandidate;
import studio.smartwork.portal.audit.NewTimeEntry;
import studio.smartwork.portal.audit.TaskAnalysis;
import studio.smartwork.portal.audit.TaskCatalogue;
import studio.smartwork.portal.audit.TaskRating;
import studio.smartwork.portal.audit.TimeLog;
import studio.smartwork.portal.design.DesignContent;
import studio.smartwork.portal.design.DesignContent.StepActor;
import studio.smartwork.portal.design.DesignContent.WorkflowStep;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.design.DesignReviews;
import studio.smartwork.portal.design.DesignStatus;
import studio.smartwork.portal.design.SolutionDelivery;
import studio.smartwork.portal.outcome.OutcomeService;
import studio.smartwork.portal.outcome.SavingsDashboard;
import studio.smartwork.portal.people.Invitation;
import studio.smartwork.portal.portfolio.PortfolioRow;
import studio.smartwork.portal.portfolio.PortfolioService;
import studio.smartwork.portal.support.FreshClient;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * The whole method on a client created from nothing, each step by the role that does it
 * and through the services the views call: audit → candidate → design record → approval →
 * live → measured saving on the dashboard, with the figures hand-computed.
 */
@SpringBootTest
class JourneyOnAFreshTenantTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditCampaigns campaigns;
    @Autowired
    TaskCatalogue catalogue;
    @Autowired
    TimeLog timeLog;
    @Autowired
    AuditAnalysis analysis;
    @Autowired
    DesignRecords designs;
    @Autowired
    DesignReviews reviews;
    @Autowired
    SolutionDelivery delivery;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    PortfolioService portfolio;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aNewClientGoesFromTimeAuditToMeasuredSavings() {
        // An administrator creates the client, invites its people and assigns a consultant of its own.
        FreshClient client = FreshClient.withPeople(context, "Journey");
        TenantId tenant = client.id();
        String executive = client.executive();
        String staff = client.staff();
        long staffId = client.staffId();
        String consultant = client.consultant();

        // The consultant opens a two-week audit (two full weeks, six weeks ago) with the staff member.
        SignIn.as(context, consultant);
        LocalDate monday = TimeLog.monday(LocalDate.now(FreshClient.DUBLIN).minusWeeks(6));
        Campaign campaign = campaigns.save(tenant, null, "Two weeks", monday, monday.plusDays(11), List.of(staffId));
        AuditTask calls = catalogue.addTask(tenant, catalogue.createProcess(tenant, "Customer support").id(), "Answer calls");

        // The staff member logs 50 calls of 4 minutes on each of the ten working days, and rates the task.
        SignIn.as(context, staff);
        List<LocalDate> workingDays = new ArrayList<>();
        for (LocalDate day = monday; !day.isAfter(monday.plusDays(11)); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                workingDays.add(day);
                timeLog.log(tenant, campaign.id(), new NewTimeEntry(day, calls.id(), 200, 50, null));
            }
        }
        assertThat(workingDays).hasSize(10);
        timeLog.rate(tenant, campaign.id(), new TaskRating(calls.id(), 5, 5, 5, 4, "When the tracking system is slow"));

        // The consultant reads the analysis: 2,000 min over 10 of 21 working days a month is 70 hours a month.
        SignIn.as(context, consultant);
        TaskAnalysis answerCalls = analysis.analysis(tenant, campaign.id()).tasks().getFirst();
        assertThat(answerCalls.monthlyHours()).isEqualByComparingTo("70");
        assertThat(answerCalls.minutesPerOccurrence()).isEqualByComparingTo("4");
        assertThat(answerCalls.suitability()).isEqualByComparingTo("1");
        assertThat(answerCalls.hourlyCost()).isEqualByComparingTo("40");
        Candidate candidate = analysis.promote(tenant, campaign.id(),
                new NewCandidate("Voice agent", new BigDecimal("50"), Effort.M, "Most calls are the same question", List.of(calls.id())));

        // …and writes the design record from the candidate: the audit's figures are filled in.
        DesignRecordSummary record = designs.create(tenant, "", List.of(candidate.id()));
        DesignContent prefilled = designs.record(tenant, record.number()).content();
        assertThat(prefilled.title()).isEqualTo("Voice agent");
        assertThat(prefilled.costsAndSaving().expectedHoursPerMonth()).isEqualByComparingTo("35");
        assertThat(prefilled.costsAndSaving().expectedMoneyPerMonth()).isEqualByComparingTo("1400");
        assertThat(prefilled.savingsMeasurement().baselineMinutesPerOccurrence()).isEqualByComparingTo("4");
        assertThat(prefilled.savingsMeasurement().hourlyCost()).isEqualByComparingTo("40");
        assertThat(prefilled.kpis()).extracting(DesignContent.KpiSpec::baseline)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("70"), new BigDecimal("4"));
        DesignContent written = prefilled.toBuilder()
                .trigger("A customer calls the delivery line")
                .steps(List.of(new WorkflowStep(StepActor.AI, "Answers and looks up the delivery"),
                        new WorkflowStep(StepActor.HUMAN, "Takes over complaints")))
                .systems("Telephony")
                .dataAndPrivacy("Order numbers")
                .humanCheckpoints("Caller can ask for a person")
                .risks("Outage: calls go to the queue")
                .buildCost(new BigDecimal("3000"))
                .runningCostPerMonth(new BigDecimal("200"))
                .reviewMinutesPerRun(new BigDecimal("0.5"))
                .build();
        designs.saveContent(tenant, record.number(), 1, written);
        reviews.submit(tenant, record.number());

        // The client's executive approves revision 2.
        SignIn.as(context, executive);
        assertThat(reviews.approve(tenant, record.number(), 2, "Go").status()).isEqualTo(DesignStatus.APPROVED);

        // The consultant builds it, puts it live three months ago and records last month's runs.
        SignIn.as(context, consultant);
        delivery.startBuild(tenant, record.number());
        YearMonth thisMonth = YearMonth.now(FreshClient.DUBLIN);
        delivery.goLive(tenant, record.number(), thisMonth.minusMonths(3));
        outcomes.recordRunTotal(tenant, record.id(), thisMonth.minusMonths(1), 1000, 900, 100);

        // The executive's dashboard: 900 × 4 / 60 − 0.5 × 1000 / 60 = 51.67 hours, × 40 = 2,066.67.
        SignIn.as(context, executive);
        SavingsDashboard dashboard = outcomes.dashboard(tenant);
        BigDecimal hours = new BigDecimal("900").multiply(new BigDecimal("4")).divide(new BigDecimal("60"), 10, RoundingMode.HALF_UP)
                .subtract(new BigDecimal("0.5").multiply(new BigDecimal("1000")).divide(new BigDecimal("60"), 10, RoundingMode.HALF_UP));
        assertThat(dashboard.hoursLastThreeMonths().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("51.67");
        assertThat(dashboard.moneyLastThreeMonths()).isEqualByComparingTo(hours.multiply(new BigDecimal("40")).setScale(2, RoundingMode.HALF_UP));
        assertThat(dashboard.solutions()).hasSize(1);

        // The consultant's portfolio shows the client measuring outcomes, its audit fully logged, and the saving.
        SignIn.as(context, consultant);
        PortfolioRow row = portfolio.rows(studio.smartwork.portal.identity.CurrentActor.require()).stream()
                .filter(r -> r.tenant().id().equals(tenant)).findFirst().orElseThrow();
        assertThat(row.phase()).isEqualTo(PortfolioRow.Phase.OUTCOMES);
        assertThat(row.auditCompletion()).isEqualByComparingTo("1");
        assertThat(row.candidates()).isEqualTo(1);
        assertThat(row.liveSolutions()).isEqualTo(1);
        assertThat(row.moneySavedLast3Months()).isEqualByComparingTo(dashboard.moneyLastThreeMonths());
    }
}
