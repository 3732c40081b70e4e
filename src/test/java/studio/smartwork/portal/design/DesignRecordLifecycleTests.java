package studio.smartwork.portal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.design.DesignContent.KpiSpec;
import studio.smartwork.portal.design.DesignContent.StepActor;
import studio.smartwork.portal.design.DesignContent.WorkflowStep;
import studio.smartwork.portal.design.KpiDefinition.KpiCadence;
import studio.smartwork.portal.design.KpiDefinition.KpiDirection;
import studio.smartwork.portal.design.KpiDefinition.KpiUnit;
import studio.smartwork.portal.design.LiveSolution.SavingsMethod;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Message;
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

    /** Writes a comparison as keys and plain figures, so that a test reads which texts a page would show. */
    private static final DesignContent.Wording KEYS = new DesignContent.Wording() {
        @Override
        public String text(String key, Object... args) {
            return args.length == 0 ? key : key + List.of(args);
        }

        @Override
        public String figure(BigDecimal value) {
            return value.toPlainString();
        }

        @Override
        public String money(BigDecimal value) {
            return value.toPlainString();
        }
    };

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
        assertThat(refusedInput(() -> reviews.submit(acme, record.number())).problems().get("problem"))
                .isEqualTo(Message.of("design.refused.problem"));

        DesignRecordSummary saved = designs.saveContent(acme, record.number(), 1, complete(record.title(), "Too many calls"));
        assertThat(saved.currentRevision()).isEqualTo(2);
        reviews.submit(acme, record.number());

        SignIn.as(context, DemoPeople.SAM);
        assertThat(notAllowed(() -> reviews.approve(acme, record.number(), 2, "")).reason())
                .isEqualTo(Message.of("design.refused.executives-decide"));
        assertThat(designs.record(acme, record.number()).content().problem()).isEqualTo("Too many calls");

        SignIn.as(context, DemoPeople.EVA);
        assertThat(notAllowed(() -> designs.saveContent(acme, record.number(), 2, complete(record.title(), "Changed by exec")))
                .reason().key()).isEqualTo("design.refused.consultants-write");
        assertThat(refusedInput(() -> reviews.requestChanges(acme, record.number(), 2, " ")).problems().get("comment"))
                .isEqualTo(Message.of("design.refused.say-what-should-change"));
        DesignRecordSummary approved = reviews.approve(acme, record.number(), 2, "Looks right");
        assertThat(approved.status()).isEqualTo(DesignStatus.APPROVED);
        assertThat(approved.approvedRevision()).isEqualTo(2);
        // The note of the decision is written into the record's comments in Acme's language, for all of Acme to read.
        assertThat(designs.record(acme, record.number()).comments()).extracting(DesignRecordDetails.Comment::body)
                .containsExactly("Revisión 2 aprobada: Looks right");

        SignIn.as(context, DemoPeople.CARLA);
        DesignRecordSummary edited = designs.saveContent(acme, record.number(), 2, complete(record.title(), "Even more calls"));
        assertThat(edited.currentRevision()).isEqualTo(3);
        assertThat(edited.status()).isEqualTo(DesignStatus.DRAFT);
        assertThat(edited.approvedRevision()).isEqualTo(2);
        assertThat(edited.awaitsApproval()).isTrue();
        reviews.submit(acme, record.number());

        SignIn.as(context, DemoPeople.EVA);
        assertThat(notAllowed(() -> reviews.approve(acme, record.number(), 2, "")).reason())
                .isEqualTo(Message.of("design.refused.read-new-revision", record.reference(), 3, 2));
        reviews.approve(acme, record.number(), 3, "");

        SignIn.as(context, DemoPeople.CARLA);
        delivery.startBuild(acme, record.number());
        assertThat(refusedInput(() -> delivery.goLive(acme, record.number(), YearMonth.now().plusMonths(2))).problems())
                .containsExactly(Map.entry("liveSince", Message.of("design.refused.live-since")));
        DesignRecordSummary live = delivery.goLive(acme, record.number(), YearMonth.now().minusMonths(3));
        assertThat(live.status()).isEqualTo(DesignStatus.LIVE);
        assertThat(notAllowed(() -> designs.saveContent(acme, record.number(), 3, complete(record.title(), "After go-live")))
                .reason()).isEqualTo(Message.of("design.refused.edit.live", record.reference()));

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
        assertThat(designs.compare(acme, record.number(), 2, 3, KEYS))
                .containsExactly(new DesignContent.FieldChange("design.field.problem", "Too many calls", "Even more calls"));

        DesignRecordSummary improvement = delivery.startImprovement(acme, record.number());
        assertThat(improvement.improvesNumber()).isEqualTo(record.number());
        assertThat(improvement.status()).isEqualTo(DesignStatus.DRAFT);
        assertThat(improvement.title()).as("written in Acme's language").isEqualTo("Mejora: " + record.title());
        Message started = context.getBean(ActivityLog.class).recent(acme, 1).getFirst().message();
        assertThat(started).isNotNull();
        assertThat(started.key()).isEqualTo("design.activity.started-improvement");
        assertThat(started.args()).endsWith(improvement.reference(), record.reference());
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
        assertThat(refusedInput(() -> reviews.comment(acme, record.number(), null, "  ")).problems().get("body"))
                .isEqualTo(Message.of("design.refused.comment", DesignReviews.COMMENT_LENGTH));
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

    /** The refusal of input the call ends in; the test fails if it ends otherwise. */
    private static InvalidInputException refusedInput(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) thrown;
    }

    /** The step the call is not allowed; the test fails if it ends otherwise. */
    private static NotAllowedException notAllowed(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(NotAllowedException.class);
        return (NotAllowedException) thrown;
    }
}
