package studio.smartwork.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.Team;
import studio.smartwork.portal.people.TenantMembers;
import studio.smartwork.portal.people.TenantTeams;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.support.FreshClient;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSettings;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * The figures an executive is shown hold: an open campaign is scaled by the days counted
 * so far and says it is provisional; a closed campaign never changes afterwards, whatever
 * happens to teams, people or the tenant's settings; executives see only groups of three or
 * more people. Acme counts 21 working days per month; Sam's team costs 34, Lia's 45, Eva has
 * no team (the default 38).
 */
@SpringBootTest
class AuditFiguresHoldTests {

    // 2026-03-02 is a Monday: the two weeks up to Friday 13 March hold 10 working days.
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditAnalysis analysis;
    @Autowired
    AuditCampaigns campaigns;
    @Autowired
    TenantMembers tenantMembers;
    @Autowired
    TenantTeams tenantTeams;
    @Autowired
    TenantService tenants;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anOpenCampaignIsScaledByTheWorkingDaysUpToYesterdayAndIsProvisional() {
        String s = AuditFixture.suffix();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Madrid"));
        LocalDate start = today.minusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = start.plusWeeks(4).plusDays(4);
        Campaign campaign = AuditFixture.campaign(context, "Running " + s, start, end, DemoPeople.SAM);
        assertThat(AuditFixture.importRows(context, campaign, start + ",sam@acme.example,Support " + s + ",Calls " + s + ",600,10,,,,,\n")
                .problems()).isEmpty();

        // Counted by hand: the Mondays to Fridays from the first day up to yesterday.
        LocalDate yesterday = today.minusDays(1);
        int daysSoFar = 0;
        for (LocalDate day = start; !day.isAfter(yesterday); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                daysSoFar++;
            }
        }
        Analysis result = analysis.analysis(AuditFixture.acme(context), campaign.id());
        assertThat(result.provisional()).isTrue();
        assertThat(result.countedThrough()).isEqualTo(yesterday);
        assertThat(result.workingDaysInWindow()).isEqualTo(daysSoFar);
        // 10 hours logged so far: 10 × 21 / days so far a month, not 10 × 21 / 25 of the whole window.
        BigDecimal expected = BigDecimal.valueOf(210).divide(BigDecimal.valueOf(daysSoFar), MathContext.DECIMAL64);
        assertThat(result.tasks().getFirst().monthlyHours().setScale(8, RoundingMode.HALF_UP))
                .isEqualByComparingTo(expected.setScale(8, RoundingMode.HALF_UP));
    }

    @Test
    void aCampaignThatHasNotStartedCountsOneDaySoNothingIsDividedByZero() {
        String s = AuditFixture.suffix();
        LocalDate nextMonday = LocalDate.now(ZoneId.of("Europe/Madrid")).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Campaign campaign = AuditFixture.campaign(context, "Upcoming " + s, nextMonday, nextMonday.plusDays(11), DemoPeople.SAM);
        Analysis result = analysis.analysis(AuditFixture.acme(context), campaign.id());
        assertThat(result.provisional()).isTrue();
        assertThat(result.workingDaysInWindow()).isEqualTo(1);
        assertThat(result.tasks()).isEmpty();
    }

    @Test
    void aClosedCampaignCountsTheWholeWindowAndKeepsItsFiguresWhenCostsAndSettingsChange() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Closed " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM);
        assertThat(AuditFixture.importRows(context, campaign, MONDAY + ",sam@acme.example,Support " + s + ",Calls " + s + ",120,4,,,,,\n")
                .problems()).isEmpty();
        campaigns.setOpen(AuditFixture.acme(context), campaign.id(), false);

        TaskAnalysis before = only(analysis.analysis(AuditFixture.acme(context), campaign.id()));
        // 2 h × 21 / 10 = 4.2 h a month at Sam's 34: 142.8.
        assertThat(before.monthlyHours()).isEqualByComparingTo("4.2");
        assertThat(before.monthlyCost()).isEqualByComparingTo("142.8");

        TenantId acme = AuditFixture.acme(context);
        SignIn.as(context, DemoPeople.ADMIN);
        TenantSummary summary = tenants.find(acme).orElseThrow();
        Team customerService = tenantTeams.teams(acme).stream().filter(t -> t.name().equals("Customer service")).findFirst().orElseThrow();
        TenantSettings settings = summary.settings();
        try {
            tenantTeams.saveTeam(acme, customerService.id(), customerService.name(), new BigDecimal("50"));
            tenants.update(acme, new TenantSettings(settings.name(), settings.slug(), settings.locale(), settings.timeZone(),
                    settings.currency(), new BigDecimal("60"), 20, settings.workingHoursPerDay()));

            SignIn.as(context, DemoPeople.CARLA);
            Analysis after = analysis.analysis(acme, campaign.id());
            assertThat(after.provisional()).isFalse();
            assertThat(after.workingDaysPerMonth()).isEqualTo(21);
            assertThat(only(after).monthlyHours()).isEqualByComparingTo("4.2");
            assertThat(only(after).monthlyCost()).isEqualByComparingTo("142.8");
        } finally {
            SignIn.as(context, DemoPeople.ADMIN);
            tenantTeams.saveTeam(acme, customerService.id(), customerService.name(), customerService.hourlyCost());
            tenants.update(acme, settings);
        }
    }

    @Test
    void removingAMemberKeepsTheirTimeInTheFiguresAtTheCostItWasLoggedAt() {
        String s = AuditFixture.suffix();
        String newcomer = TestPeople.newClientPerson(context, "acme", TenantRole.STAFF, "Sales");
        Campaign campaign = AuditFixture.campaign(context, "Leaver " + s, MONDAY, MONDAY.plusDays(11), newcomer);
        assertThat(AuditFixture.importRows(context, campaign, MONDAY + "," + newcomer + ",Sales " + s + ",Leads " + s + ",60,3,,,,,\n")
                .problems()).isEmpty();
        // 1 h × 21 / 10 = 2.1 h a month at the Sales team's 45: 94.5.
        assertThat(only(analysis.analysis(AuditFixture.acme(context), campaign.id())).monthlyCost()).isEqualByComparingTo("94.5");

        SignIn.as(context, DemoPeople.ADMIN);
        long personId = tenantMembers.members(AuditFixture.acme(context)).stream().filter(m -> m.email().equals(newcomer))
                .findFirst().orElseThrow().personId();
        tenantMembers.removeMember(AuditFixture.acme(context), personId);

        SignIn.as(context, DemoPeople.CARLA);
        TaskAnalysis after = only(analysis.analysis(AuditFixture.acme(context), campaign.id()));
        assertThat(after.minutesTotal()).isEqualTo(60);
        assertThat(after.monthlyCost()).isEqualByComparingTo("94.5");
    }

    @Test
    void aClosedCampaignTakesNoImportAndKeepsItsWindow() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Shut " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM);
        TenantId acme = AuditFixture.acme(context);
        campaigns.setOpen(acme, campaign.id(), false);
        assertThatThrownBy(() -> AuditFixture.importRows(context, campaign, MONDAY + ",sam@acme.example,Support " + s + ",Calls " + s + ",60,1,,,,,\n"))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Message.of("audit.import.closed", campaign.name())));
        SignIn.as(context, DemoPeople.CARLA);
        assertThatThrownBy(() -> campaigns.save(acme, campaign.id(), campaign.name(), MONDAY, MONDAY.plusDays(4), List.of()))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Message.of("audit.campaign.closed-window", campaign.name())));
        Campaign renamed = campaigns.save(acme, campaign.id(), "Shut and renamed " + s, MONDAY, MONDAY.plusDays(11),
                campaigns.participantIds(acme, campaign.id()));
        assertThat(renamed.name()).isEqualTo("Shut and renamed " + s);
    }

    @Test
    void aTenantsCurrencyCannotBeRelabelledOnceItHasMoneyFigures() {
        SignIn.as(context, DemoPeople.ADMIN);
        TenantSummary acme = tenants.findBySlug("acme").orElseThrow();
        TenantSettings euros = acme.settings();
        assertThatThrownBy(() -> tenants.update(acme.id(), withCurrency(euros, "USD")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsKey("currency"));
        assertThat(tenants.find(acme.id()).orElseThrow().settings().currency().getCurrencyCode()).isEqualTo("EUR");

        TenantSummary fresh = FreshClient.tenant(context, "Fresh", java.util.Locale.UK, ZoneId.of("Europe/London"));
        assertThat(tenants.update(fresh.id(), withCurrency(fresh.settings(), "GBP")).settings().currency().getCurrencyCode())
                .isEqualTo("GBP");
    }

    /**
     * Eva, Sam and Lia all do task A; only Sam does B and only Lia does C. Ratings: A (5,5,5)
     * by all, so suitability 1; B (3,3,3) by Sam, 0.5; C unrated, 0.
     * <pre>
     * A  240 min: 8.4 h/month;  cost (60×38 + 120×34 + 60×45) × 21 / 600 = 317.1; value 317.1
     * B  300 min: 10.5 h/month; cost 300×34 × 21 / 600 = 357;   value 178.5; automatable 5.25 h
     * C  120 min: 4.2 h/month;  cost 120×45 × 21 / 600 = 189;   value 0
     * Process Front (A, B; 3 people): 18.9 h, 674.1, automatable 13.65 h worth 495.6
     * Process Back (C; Lia only): 4.2 h, 189, 0
     * Teams: Customer service (Sam) 14.7 h, 499.8, value (120×34 + 300×34×0.5) × 21 / 600 = 321.3;
     *        Sales (Lia) 6.3 h, 283.5, value 94.5; no team (Eva) 2.1 h, 79.8, value 79.8.
     * </pre>
     * Consultants see every line. Executives see A and Front only if what is folded covers three
     * people as well; B and C are Sam and Lia, Back is Lia alone, so A and Front are folded too and
     * each breakdown is one line of the whole campaign: 23.1 h, 863.1, automatable 13.65 h worth 495.6.
     */
    @Test
    void executivesSeeATaskProcessOrTeamOnlyWhereAtLeastThreePeopleContributed() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Groups " + s, MONDAY, MONDAY.plusDays(11),
                DemoPeople.EVA, DemoPeople.SAM, DemoPeople.LIA);
        String front = ",Front " + s + ",";
        assertThat(AuditFixture.importRows(context, campaign,
                MONDAY + ",eva@acme.example" + front + "A " + s + ",60,1,5,5,5,,\n"
                        + MONDAY + ",sam@acme.example" + front + "A " + s + ",120,2,5,5,5,,\n"
                        + MONDAY + ",lia@acme.example" + front + "A " + s + ",60,1,5,5,5,,\n"
                        + MONDAY + ",sam@acme.example" + front + "B " + s + ",300,5,3,3,3,,\n"
                        + MONDAY + ",lia@acme.example,Back " + s + ",C " + s + ",120,1,,,,,\n").problems()).isEmpty();
        TenantId acme = AuditFixture.acme(context);
        campaigns.setOpen(acme, campaign.id(), false);

        Analysis consultant = analysis.analysis(acme, campaign.id());
        assertThat(consultant.tasks()).extracting(TaskAnalysis::task).containsExactly("A " + s, "B " + s, "C " + s);
        assertThat(consultant.otherTasks()).isNull();
        assertThat(consultant.processes().folded()).isNull();
        assertThat(consultant.teams().shown()).extracting(AnalysisGroup::kind, AnalysisGroup::name).containsExactly(
                tuple(AnalysisGroup.Kind.NAMED, "Customer service"), tuple(AnalysisGroup.Kind.NAMED, "Sales"),
                tuple(AnalysisGroup.Kind.NO_TEAM, null));
        AnalysisGroup customerService = consultant.teams().shown().getFirst();
        assertThat(customerService.people()).isEqualTo(1);
        assertThat(customerService.monthlyHours()).isEqualByComparingTo("14.7");
        assertThat(customerService.monthlyCost()).isEqualByComparingTo("499.8");
        assertThat(customerService.automatableValuePerMonth()).isEqualByComparingTo("321.3");

        SignIn.as(context, DemoPeople.EVA);
        Analysis executive = analysis.analysis(acme, campaign.id());
        assertThat(executive.tasks()).isEmpty();
        AnalysisGroup otherTasks = executive.otherTasks();
        assertThat(otherTasks).isNotNull();
        assertThat(otherTasks.kind()).isEqualTo(AnalysisGroup.Kind.FOLDED);
        assertThat(otherTasks.people()).isNull();
        assertWholeCampaign(otherTasks);
        assertThat(executive.processes().shown()).isEmpty();
        assertWholeCampaign(executive.processes().folded());
        assertThat(executive.teams().shown()).isEmpty();
        assertWholeCampaign(executive.teams().folded());
    }

    private static void assertWholeCampaign(AnalysisGroup folded) {
        assertThat(folded).isNotNull().satisfies(all -> {
            assertThat(all.monthlyHours()).isEqualByComparingTo("23.1");
            assertThat(all.monthlyCost()).isEqualByComparingTo("863.1");
            assertThat(all.automatableHoursPerMonth()).isEqualByComparingTo("13.65");
            assertThat(all.automatableValuePerMonth()).isEqualByComparingTo("495.6");
        });
    }

    private static TaskAnalysis only(Analysis analysis) {
        assertThat(analysis.tasks()).hasSize(1);
        return analysis.tasks().getFirst();
    }

    private static TenantSettings withCurrency(TenantSettings settings, String code) {
        return new TenantSettings(settings.name(), settings.slug(), settings.locale(), settings.timeZone(),
                Currency.getInstance(code), settings.defaultHourlyCost(), settings.workingDaysPerMonth(), settings.workingHoursPerDay());
    }
}
