package studio.smartwork.portal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.design.DesignContent.KpiSpec;
import studio.smartwork.portal.design.DesignContent.StepActor;
import studio.smartwork.portal.design.DesignContent.WorkflowStep;
import studio.smartwork.portal.design.KpiDefinition.KpiCadence;
import studio.smartwork.portal.design.KpiDefinition.KpiDirection;
import studio.smartwork.portal.design.KpiDefinition.KpiUnit;
import studio.smartwork.portal.design.LiveSolution.SavingsMethod;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantService;

/** The lifecycle rules of design records, on the real database, as each role. */
@SpringBootTest
class DesignRecordLifecycleTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    DesignRecords designs;
    @Autowired
    DesignReviews reviews;
    @Autowired
    SolutionDelivery delivery;
    @Autowired
    TenantService tenants;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private TenantId acme() {
        return DemoTenants.id(context, "acme");
    }

    private TenantId brightsmile() {
        return DemoTenants.id(context, "brightsmile");
    }

    static DesignContent complete(String title, String problem) {
        return DesignContent.builder()
                .title(title)
                .problem(problem)
                .solutionType(SolutionType.VOICE_AGENT)
                .trigger("An inbound call")
                .steps(List.of(new WorkflowStep(StepActor.AI, "Answers"), new WorkflowStep(StepActor.HUMAN, "Takes over hard calls")))
                .systems("Telephony")
                .dataAndPrivacy("Phone numbers")
                .humanCheckpoints("Caller can ask for a person")
                .risks("Misheard numbers: read back")
                .kpis(List.of(new KpiSpec("calls", "Minutes per call", KpiUnit.MINUTES, KpiDirection.LOWER_IS_BETTER,
                        new BigDecimal("4"), new BigDecimal("1"), KpiCadence.MONTHLY)))
                .buildCost(new BigDecimal("10000"))
                .runningCostPerMonth(new BigDecimal("400"))
                .expectedHoursPerMonth(new BigDecimal("100"))
                .expectedMoneyPerMonth(new BigDecimal("3800"))
                .savingsMethod(SavingsMethod.RUNS)
                .hourlyCost(new BigDecimal("38"))
                .baselineMinutesPerOccurrence(new BigDecimal("4"))
                .reviewMinutesPerRun(new BigDecimal("0.5"))
                .build();
    }

    @Test
    void aRecordGoesFromDraftThroughApprovalToLiveAndAnApprovalHoldsOnlyForItsRevision() {
        TenantId acme = acme();
        SignIn.as(context, DemoPeople.CARLA);
        DesignRecordSummary record = designs.create(acme, "Lifecycle " + System.nanoTime(), List.of());
        assertThat(record.status()).isEqualTo(DesignStatus.DRAFT);
        assertThat(record.reference()).isEqualTo("SDR-" + record.number());
        assertThatThrownBy(() -> reviews.submit(acme, record.number()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("problem");

        DesignRecordSummary saved = designs.saveContent(acme, record.number(), 1, complete(record.title(), "Too many calls"));
        assertThat(saved.currentRevision()).isEqualTo(2);
        reviews.submit(acme, record.number());

        SignIn.as(context, DemoPeople.SAM);
        assertThatThrownBy(() -> reviews.approve(acme, record.number(), 2, "")).isInstanceOf(NotAllowedException.class);
        assertThat(designs.record(acme, record.number()).content().problem()).isEqualTo("Too many calls");

        SignIn.as(context, DemoPeople.EVA);
        assertThatThrownBy(() -> designs.saveContent(acme, record.number(), 2, complete(record.title(), "Changed by exec")))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> reviews.requestChanges(acme, record.number(), 2, " "))
                .isInstanceOf(InvalidInputException.class);
        DesignRecordSummary approved = reviews.approve(acme, record.number(), 2, "Looks right");
        assertThat(approved.status()).isEqualTo(DesignStatus.APPROVED);
        assertThat(approved.approvedRevision()).isEqualTo(2);

        SignIn.as(context, DemoPeople.CARLA);
        DesignRecordSummary edited = designs.saveContent(acme, record.number(), 2, complete(record.title(), "Even more calls"));
        assertThat(edited.currentRevision()).isEqualTo(3);
        assertThat(edited.status()).isEqualTo(DesignStatus.DRAFT);
        assertThat(edited.approvedRevision()).isEqualTo(2);
        assertThat(edited.awaitsApproval()).isTrue();
        reviews.submit(acme, record.number());

        SignIn.as(context, DemoPeople.EVA);
        assertThatThrownBy(() -> reviews.approve(acme, record.number(), 2, ""))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("revision 3");
        reviews.approve(acme, record.number(), 3, "");

        SignIn.as(context, DemoPeople.CARLA);
        delivery.startBuild(acme, record.number());
        assertThatThrownBy(() -> delivery.goLive(acme, record.number(), YearMonth.now().plusMonths(2)))
                .isInstanceOf(InvalidInputException.class);
        DesignRecordSummary live = delivery.goLive(acme, record.number(), YearMonth.now().minusMonths(3));
        assertThat(live.status()).isEqualTo(DesignStatus.LIVE);
        assertThatThrownBy(() -> designs.saveContent(acme, record.number(), 3, complete(record.title(), "After go-live")))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("improvement");

        LiveSolution solution = delivery.liveSolutions(acme).stream()
                .filter(s -> s.recordId() == record.id()).findFirst().orElseThrow();
        assertThat(solution.liveSince()).isEqualTo(YearMonth.now().minusMonths(3));
        assertThat(solution.buildCost()).isEqualByComparingTo("10000");
        assertThat(solution.kpis()).singleElement().satisfies(kpi -> {
            assertThat(kpi.name()).isEqualTo("Minutes per call");
            assertThat(kpi.baseline()).isEqualByComparingTo("4");
        });

        DesignRecordDetails details = designs.record(acme, record.number());
        assertThat(details.revisions()).extracting(DesignRecordDetails.Revision::revision).containsExactly(3, 2, 1);
        assertThat(details.reviews()).hasSize(2);
        assertThat(designs.compare(acme, record.number(), 2, 3))
                .extracting(DesignContent.FieldChange::field).containsExactly("Problem");
        assertThat(designs.compare(acme, record.number(), 2, 3).getFirst().before()).isEqualTo("Too many calls");

        DesignRecordSummary improvement = delivery.startImprovement(acme, record.number());
        assertThat(improvement.improvesNumber()).isEqualTo(record.number());
        assertThat(improvement.status()).isEqualTo(DesignStatus.DRAFT);
    }

    @Test
    void commentsThreadAndEveryoneInTheTenantMayComment() {
        TenantId acme = acme();
        SignIn.as(context, DemoPeople.CARLA);
        DesignRecordSummary record = designs.create(acme, "Comments " + System.nanoTime(), List.of());
        reviews.comment(acme, record.number(), null, "Which systems does it touch?");
        long question = designs.record(acme, record.number()).comments().getFirst().id();
        SignIn.as(context, DemoPeople.LIA);
        reviews.comment(acme, record.number(), question, "The CRM and the web form.");
        assertThatThrownBy(() -> reviews.comment(acme, record.number(), null, "  ")).isInstanceOf(InvalidInputException.class);
        List<DesignRecordDetails.Comment> comments = designs.record(acme, record.number()).comments();
        assertThat(comments).hasSize(2);
        assertThat(comments.get(1).parentId()).isEqualTo(question);
        assertThat(comments.get(1).author()).isEqualTo("Lia Navarro");
    }

    @Test
    void recordsAreNumberedPerTenantAndInvisibleToOtherTenants() {
        SignIn.as(context, DemoPeople.CARLA);
        DesignRecordSummary acmeRecord = designs.create(acme(), "Numbering " + System.nanoTime(), List.of());
        DesignRecordSummary brightRecord = designs.create(brightsmile(), "Numbering " + System.nanoTime(), List.of());
        assertThat(designs.records(brightsmile())).extracting(DesignRecordSummary::id)
                .contains(brightRecord.id()).doesNotContain(acmeRecord.id());

        SignIn.as(context, DemoPeople.TOM);
        assertThatThrownBy(() -> designs.records(brightsmile())).isInstanceOf(TenantNotFoundException.class);
        SignIn.as(context, DemoPeople.EVA);
        assertThatThrownBy(() -> designs.record(brightsmile(), brightRecord.number())).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> designs.record(acme(), 99999)).isInstanceOf(TenantNotFoundException.class);
    }

    @Test
    void theDemoVoiceAgentIsLiveAndTheOtherDemoRecordsAreApprovedAndDraft() {
        SignIn.as(context, DemoPeople.EVA);
        List<DesignRecordSummary> records = designs.records(acme());
        assertThat(records).filteredOn(r -> r.title().equals("Voice agent for delivery-time calls"))
                .singleElement().extracting(DesignRecordSummary::status).isEqualTo(DesignStatus.LIVE);
        assertThat(records).filteredOn(r -> r.title().equals("Lead qualification assistant"))
                .singleElement().extracting(DesignRecordSummary::status).isEqualTo(DesignStatus.APPROVED);
        assertThat(records).filteredOn(r -> r.title().equals("Inbox triage"))
                .singleElement().extracting(DesignRecordSummary::status).isEqualTo(DesignStatus.DRAFT);
    }
}
