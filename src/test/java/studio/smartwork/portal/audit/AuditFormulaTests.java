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
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;

/**
 * The analysis formulas against hand-computed figures, on the real database. Acme counts
 * 21 working days per month; Sam's team costs 34 an hour, Lia's 45, and Eva has no team,
 * so the tenant's default of 38 applies to her.
 */
@SpringBootTest
class AuditFormulaTests {

    // 2026-03-02 is a Monday: two full weeks with a weekend inside, 10 working days.
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditAnalysis analysis;
    @Autowired
    AuditCampaigns campaigns;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aTaskDoneFiftyTimesADayAtTenMinutesRanksFarAboveAMonthlyThreeHourTask() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Creed " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM, DemoPeople.LIA);
        StringBuilder rows = new StringBuilder();
        for (LocalDate day = MONDAY; !day.isAfter(MONDAY.plusDays(11)); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                rows.append(day).append(",sam@acme.example,Support ").append(s).append(",Frequent ").append(s).append(",500,50,5,5,5,,\n");
            }
        }
        rows.append(MONDAY).append(",lia@acme.example,Reporting ").append(s).append(",Monthly report ").append(s).append(",180,1,5,5,5,,\n");
        assertThat(AuditFixture.importRows(context, campaign, rows.toString()).problems()).isEmpty();

        Analysis result = analysis.analysis(AuditFixture.acme(context), campaign.id());
        assertThat(result.workingDaysInWindow()).isEqualTo(10);
        assertThat(result.workingDaysPerMonth()).isEqualTo(21);
        List<TaskAnalysis> tasks = result.tasks();
        assertThat(tasks).extracting(TaskAnalysis::task).containsExactly("Frequent " + s, "Monthly report " + s);

        TaskAnalysis frequent = tasks.get(0);
        // 5000 minutes = 83.33 h in 10 working days; × 21 / 10 = 175 h a month.
        assertThat(frequent.minutesTotal()).isEqualTo(5000);
        assertThat(frequent.occurrencesTotal()).isEqualTo(500);
        assertThat(frequent.monthlyHours()).isEqualByComparingTo("175");
        assertThat(frequent.monthlyOccurrences()).isEqualByComparingTo("1050");
        assertThat(frequent.minutesPerOccurrence()).isEqualByComparingTo("10");
        assertThat(frequent.suitability()).isEqualByComparingTo("1");
        assertThat(frequent.automatableHoursPerMonth()).isEqualByComparingTo("175");
        assertThat(frequent.hourlyCost()).isEqualByComparingTo("34");
        assertThat(frequent.monthlyCost()).isEqualByComparingTo("5950");
        assertThat(frequent.automatableValuePerMonth()).isEqualByComparingTo("5950");
        assertThat(frequent.people()).isEqualTo(1);

        TaskAnalysis monthly = tasks.get(1);
        // 3 h once in the window: 3 × 21 / 10 = 6.3 h a month at Lia's 45.
        assertThat(monthly.monthlyHours()).isEqualByComparingTo("6.3");
        assertThat(monthly.monthlyCost()).isEqualByComparingTo("283.5");
        assertThat(monthly.automatableValuePerMonth()).isEqualByComparingTo("283.5");
        assertThat(frequent.automatableValuePerMonth()).isGreaterThan(monthly.automatableValuePerMonth().multiply(BigDecimal.TEN));
    }

    @Test
    void aWindowWithAWeekendInsideCountsOnlyMondayToFriday() {
        String s = AuditFixture.suffix();
        LocalDate friday = MONDAY.plusDays(4);
        Campaign campaign = AuditFixture.campaign(context, "Weekend " + s, friday, friday.plusDays(3), DemoPeople.SAM);
        assertThat(AuditFixture.importRows(context, campaign,
                friday + ",sam@acme.example,Support " + s + ",Calls " + s + ",120,4,,,,,\n").problems()).isEmpty();

        Analysis result = analysis.analysis(AuditFixture.acme(context), campaign.id());
        // Friday, Saturday, Sunday, Monday: two working days. 2 h × 21 / 2 = 21 h a month.
        assertThat(result.workingDaysInWindow()).isEqualTo(2);
        TaskAnalysis calls = result.tasks().getFirst();
        assertThat(calls.monthlyHours()).isEqualByComparingTo("21");
        assertThat(calls.monthlyOccurrences()).isEqualByComparingTo("42");
        assertThat(calls.minutesPerOccurrence()).isEqualByComparingTo("30");
        assertThat(calls.rated()).isFalse();
        assertThat(calls.suitability()).isEqualByComparingTo("0");
        assertThat(calls.automatableValuePerMonth()).isEqualByComparingTo("0");
        assertThat(calls.friction()).isNull();
    }

    @Test
    void aWindowOfOnlyAWeekendIsRefused() {
        SignIn.as(context, DemoPeople.CARLA);
        LocalDate saturday = MONDAY.plusDays(5);
        assertThatThrownBy(() -> campaigns.save(AuditFixture.acme(context), null, "Weekend only " + AuditFixture.suffix(),
                saturday, saturday.plusDays(1), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get("endsOn").key()).isEqualTo("audit.campaign.no-working-day"));
    }

    @Test
    void suitabilityAveragesEachTraitOverThePeopleWhoRatedTheTaskEachCountingOnce() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Raters " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM, DemoPeople.LIA);
        String task = ",Support " + s + ",Inbox " + s + ",";
        // Sam logs three times (one rating), Lia once; Sam's earlier rating row is replaced by his last.
        assertThat(AuditFixture.importRows(context, campaign,
                MONDAY + ",sam@acme.example" + task + "60,20,1,1,1,1,\n"
                        + MONDAY.plusDays(1) + ",sam@acme.example" + task + "60,20,,,,,\n"
                        + MONDAY.plusDays(2) + ",sam@acme.example" + task + "60,20,5,5,4,4,\n"
                        + MONDAY + ",lia@acme.example" + task + "60,20,3,2,2,2,\n").problems()).isEmpty();

        TaskAnalysis inbox = analysis.analysis(AuditFixture.acme(context), campaign.id()).tasks().getFirst();
        // repetitive (5+3)/2 = 4, rule-based (5+2)/2 = 3.5, predictable (4+2)/2 = 3; mean 3.5; (3.5 − 1) / 4 = 0.625.
        assertThat(inbox.rated()).isTrue();
        assertThat(inbox.suitability()).isEqualByComparingTo("0.625");
        assertThat(inbox.friction()).isEqualByComparingTo("3");
        assertThat(inbox.people()).isEqualTo(2);
        // 4 h × 21 / 10 = 8.4 h a month; × 0.625 = 5.25 automatable hours.
        assertThat(inbox.monthlyHours()).isEqualByComparingTo("8.4");
        assertThat(inbox.automatableHoursPerMonth()).isEqualByComparingTo("5.25");
        // Sam 3 h at 34, Lia 1 h at 45: (102 + 45) × 2.1 = 308.7 a month; hourly 308.7 / 8.4 = 36.75.
        assertThat(inbox.monthlyCost()).isEqualByComparingTo("308.7");
        assertThat(inbox.hourlyCost()).isEqualByComparingTo("36.75");
        assertThat(inbox.automatableValuePerMonth()).isEqualByComparingTo("192.9375");
    }

    @Test
    void timeOfSomeoneWithoutATeamCostsTheTenantsDefaultRate() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Costs " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM, DemoPeople.EVA);
        String task = ",Admin " + s + ",Filing " + s + ",60,1,2,2,2,,\n";
        assertThat(AuditFixture.importRows(context, campaign,
                MONDAY + ",sam@acme.example" + task + MONDAY + ",eva@acme.example" + task).problems()).isEmpty();

        TaskAnalysis filing = analysis.analysis(AuditFixture.acme(context), campaign.id()).tasks().getFirst();
        // Sam 1 h at his team's 34, Eva 1 h at the default 38: (34 + 38) × 21 / 10 = 151.2 a month over 4.2 h.
        assertThat(filing.monthlyHours()).isEqualByComparingTo("4.2");
        assertThat(filing.monthlyCost()).isEqualByComparingTo("151.2");
        assertThat(filing.hourlyCost()).isEqualByComparingTo("36");
        // Suitability (2 − 1) / 4 = 0.25: 1.05 automatable hours worth 37.8.
        assertThat(filing.suitability()).isEqualByComparingTo("0.25");
        assertThat(filing.automatableHoursPerMonth()).isEqualByComparingTo("1.05");
        assertThat(filing.automatableValuePerMonth()).isEqualByComparingTo("37.8");
    }

    @Test
    void theExpectedSavingOfACandidateIsPotentialTimesMonthlyHoursAndTheirCost() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Saving " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM, DemoPeople.LIA);
        assertThat(AuditFixture.importRows(context, campaign,
                MONDAY + ",sam@acme.example,Support " + s + ",Calls " + s + ",600,60,5,5,5,,\n"
                        + MONDAY + ",lia@acme.example,Sales " + s + ",Leads " + s + ",300,30,4,4,4,,\n").problems()).isEmpty();
        List<Long> taskIds = analysis.analysis(AuditFixture.acme(context), campaign.id()).tasks().stream().map(TaskAnalysis::taskId).toList();

        Candidate candidate = analysis.promote(AuditFixture.acme(context), campaign.id(),
                new NewCandidate("Assistant " + s, new BigDecimal("70"), Effort.M, null, taskIds));
        // Calls 10 h × 2.1 = 21 h at 34 (714); leads 5 h × 2.1 = 10.5 h at 45 (472.5): 31.5 h, 1186.5 a month.
        assertThat(candidate.monthlyHours()).isEqualByComparingTo("31.5");
        assertThat(candidate.minutesPerOccurrence()).isEqualByComparingTo("10");
        assertThat(candidate.expectedHoursPerMonth()).isEqualByComparingTo("22.05");
        assertThat(candidate.expectedMoneyPerMonth()).isEqualByComparingTo("830.55");
        assertThat(candidate.hourlyCost().setScale(4, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("37.6667");

        var facts = analysis.candidate(AuditFixture.acme(context), candidate.id()).orElseThrow();
        assertThat(facts.expectedMoneyPerMonth()).isEqualByComparingTo("830.55");
        assertThat(facts.taskNames()).hasSize(2);
    }
}
