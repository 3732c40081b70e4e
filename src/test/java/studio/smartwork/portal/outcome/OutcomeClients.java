package studio.smartwork.portal.outcome;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.design.DesignContent;
import studio.smartwork.portal.design.DesignContent.KpiSpec;
import studio.smartwork.portal.design.DesignContent.StepActor;
import studio.smartwork.portal.design.DesignContent.WorkflowStep;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.design.DesignReviews;
import studio.smartwork.portal.design.KpiDefinition.KpiCadence;
import studio.smartwork.portal.design.KpiDefinition.KpiDirection;
import studio.smartwork.portal.design.KpiDefinition.KpiUnit;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.design.LiveSolution.SavingsMethod;
import studio.smartwork.portal.design.SolutionDelivery;
import studio.smartwork.portal.design.SolutionType;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.ConsultantAssignments;
import studio.smartwork.portal.people.Invitation;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSettings;

/**
 * Clients of the outcome tests, each new and with only the live solutions a test gives it:
 * real design records, written by their consultant, approved by the client's executive, built and put
 * live, so outcome measurement is tested on what the design records really hand over.
 */
final class OutcomeClients {

    /** A new Spanish client (es-ES, EUR, Madrid, 38 an hour) with its executive and one staff member. */
    record Client(TenantId id, String slug, String executive, String staff) {
    }

    /** The consultancy people of these tests; the demo people stay out of it (see OutcomeTestConfig). */
    static final String ADMIN = "outcome-admin@smartwork.studio";
    static final String CONSULTANT = "olga@smartwork.studio";
    static final String SECOND_CONSULTANT = "omar@smartwork.studio";

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final ApplicationContext context;

    OutcomeClients(ApplicationContext context) {
        this.context = context;
    }

    /** A new client that Olga works on, and Omar too when {@code withSecondConsultant}. */
    Client fresh(boolean withSecondConsultant) {
        String n = System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
        ConsultantAssignments consultantAssignments = context.getBean(ConsultantAssignments.class);
        TestPeople.consultancyPerson(context, ADMIN, "Otto Admin", PlatformRole.ADMIN);
        long olga = TestPeople.consultancyPerson(context, CONSULTANT, "Olga Ortiz", PlatformRole.CONSULTANT).personId();
        long omar = TestPeople.consultancyPerson(context, SECOND_CONSULTANT, "Omar Obi", PlatformRole.CONSULTANT).personId();
        SignIn.as(context, ADMIN);
        TenantId tenant = context.getBean(TenantService.class).create(TenantSettings.defaults("Outcome client " + n,
                "outcome-" + n, Locale.forLanguageTag("es-ES"), ZoneId.of("Europe/Madrid"), new BigDecimal("38"))).id();
        String executive = "exec-" + n + "@outcome.example";
        String staff = "staff-" + n + "@outcome.example";
        TestPeople.member(context, tenant, executive, "Elena Ejecutiva", TenantRole.EXECUTIVE, null, ADMIN);
        TestPeople.member(context, tenant, staff, "Sergio Staff", TenantRole.STAFF, null, ADMIN);
        SignIn.as(context, ADMIN);
        consultantAssignments.assignConsultant(tenant, olga);
        if (withSecondConsultant) {
            consultantAssignments.assignConsultant(tenant, omar);
        }
        SignIn.out();
        return new Client(tenant, "outcome-" + n, executive, staff);
    }

    /**
     * A voice agent that counts its saving from runs: 4 minutes saved per answered call, 0.5
     * minutes of review per call, 38 an hour, build cost 6,000 and 350 a month to run; KPIs
     * "Calls handled without a person" (percent, higher is better, 0 → 90, monthly) and
     * "Average wait on the phone" (minutes, lower is better, 6 → 1, weekly).
     */
    LiveSolution voiceAgent(Client client, YearMonth liveSince) {
        return live(client, liveSince, DesignContent.builder()
                .title("Voice agent for delivery calls")
                .problem("Too many calls about deliveries")
                .solutionType(SolutionType.VOICE_AGENT)
                .trigger("A call to the delivery line")
                .steps(steps())
                .systems("Telephony")
                .dataAndPrivacy("Order numbers")
                .humanCheckpoints("Callers can ask for a person")
                .risks("Misheard numbers are read back")
                .kpis(List.of(new KpiSpec("handled", "Calls handled without a person", KpiUnit.PERCENT, KpiDirection.HIGHER_IS_BETTER,
                                BigDecimal.ZERO, new BigDecimal("90"), KpiCadence.MONTHLY),
                        new KpiSpec("waiting", "Average wait on the phone", KpiUnit.MINUTES, KpiDirection.LOWER_IS_BETTER,
                                new BigDecimal("6"), BigDecimal.ONE, KpiCadence.WEEKLY)))
                .buildCost(new BigDecimal("6000"))
                .runningCostPerMonth(new BigDecimal("350"))
                .savingsMethod(SavingsMethod.RUNS)
                .hourlyCost(new BigDecimal("38"))
                .baselineMinutesPerOccurrence(new BigDecimal("4"))
                .reviewMinutesPerRun(new BigDecimal("0.5"))
                .build());
    }

    /** Inbox triage measured by an hours KPI (120 h a month before, 40 the target), 34 an hour, live since September 2026. */
    LiveSolution inboxTriage(Client client) {
        return live(client, YearMonth.of(2026, 9), DesignContent.builder()
                .title("Inbox triage")
                .problem("The shared inbox is sorted by hand")
                .solutionType(SolutionType.INBOX_TRIAGE)
                .trigger("A new e-mail")
                .steps(steps())
                .systems("E-mail")
                .dataAndPrivacy("Customer e-mails")
                .humanCheckpoints("Drafts are checked")
                .kpis(List.of(new KpiSpec("hours", "Hours spent on the inbox", KpiUnit.HOURS, KpiDirection.LOWER_IS_BETTER,
                        new BigDecimal("120"), new BigDecimal("40"), KpiCadence.MONTHLY)))
                .buildCost(new BigDecimal("2000"))
                .runningCostPerMonth(new BigDecimal("100"))
                .savingsMethod(SavingsMethod.HOURS_KPI)
                .hourlyCost(new BigDecimal("34"))
                .baselineMonthlyHours(new BigDecimal("120"))
                .hoursKpiKey("hours")
                .build());
    }

    private LiveSolution live(Client client, YearMonth liveSince, DesignContent content) {
        DesignRecords designs = context.getBean(DesignRecords.class);
        DesignReviews reviews = context.getBean(DesignReviews.class);
        SolutionDelivery delivery = context.getBean(SolutionDelivery.class);
        SignIn.as(context, CONSULTANT);
        DesignRecordSummary record = designs.create(client.id(), content.title(), List.of());
        designs.saveContent(client.id(), record.number(), 1, content);
        reviews.submit(client.id(), record.number());
        SignIn.as(context, client.executive());
        reviews.approve(client.id(), record.number(), 2, "");
        SignIn.as(context, CONSULTANT);
        delivery.startBuild(client.id(), record.number());
        delivery.goLive(client.id(), record.number(), liveSince);
        LiveSolution solution = context.getBean(OutcomeService.class).liveSolutions(client.id()).stream()
                .filter(s -> s.recordId() == record.id()).findFirst().orElseThrow();
        SignIn.out();
        return solution;
    }

    private static List<WorkflowStep> steps() {
        return List.of(new WorkflowStep(StepActor.AI, "Does the routine part"), new WorkflowStep(StepActor.HUMAN, "Handles the rest"));
    }
}
