package studio.smartwork.portal.adversarial;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.audit.AuditAnalysis;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.AuditImport;
import studio.smartwork.portal.audit.AuditTask;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.Candidate;
import studio.smartwork.portal.audit.Effort;
import studio.smartwork.portal.audit.ImportResult;
import studio.smartwork.portal.audit.NewCandidate;
import studio.smartwork.portal.audit.NewTimeEntry;
import studio.smartwork.portal.audit.TaskCatalogue;
import studio.smartwork.portal.audit.TaskRating;
import studio.smartwork.portal.audit.TimeLog;
import studio.smartwork.portal.board.BoardService;
import studio.smartwork.portal.design.DesignContent;
import studio.smartwork.portal.design.DesignContent.KpiSpec;
import studio.smartwork.portal.design.DesignContent.StepActor;
import studio.smartwork.portal.design.DesignContent.WorkflowStep;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.design.DesignReviews;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.design.SolutionDelivery;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.outcome.OutcomeService;
import studio.smartwork.portal.people.ConsultantAssignments;
import studio.smartwork.portal.people.Invitation;
import studio.smartwork.portal.people.Invitations;
import studio.smartwork.portal.people.TenantTeams;
import studio.smartwork.portal.readiness.ReadinessService;
import studio.smartwork.portal.readiness.ReadinessSign;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSettings;

/**
 * The tenants the adversarial suite works in, created once per test run through the real
 * services, each step by the role that does it, so that nothing of the demo tenants changes:
 * <ul>
 * <li>the victim, whose every text (names, e-mail addresses, notes, titles, comments) carries
 *     {@link #MARKER}, so that anything of it reaching another tenant's people is recognised;</li>
 * <li>a neighbour, whose people attack with real ids of their own tenant beside the victim's,
 *     so that each id is checked on its own and not only the first one a service looks at;</li>
 * <li>one for malformed inputs, whose rows are counted before and after each refused input.</li>
 * </ul>
 * Each gets an executive, two staff members, a pending invitation, a consultant assigned to it
 * alone (the demo consultants' portfolios stay as other tests expect), two teams, an open audit
 * campaign with imported and logged time, ratings, friction notes and a +1, a closed campaign,
 * two automation candidates, a live design record with measurements and run totals, a draft
 * record with a comment and a reply, action items and a readiness self-check.
 */
final class AdversarialTenants {

    /** What every text of the victim carries; compared without regard to case (e-mail addresses are lower case). */
    static final String MARKER = "ZZLEAK";

    private static final ZoneId ZONE = ZoneId.of("Europe/Dublin");
    private static final Map<String, SeededTenant> SEEDED = new ConcurrentHashMap<>();

    private AdversarialTenants() {
    }

    static SeededTenant victim(ApplicationContext context) {
        return seeded(context, "zzleak-victim", MARKER, "victim.example");
    }

    static SeededTenant neighbour(ApplicationContext context) {
        return seeded(context, "adversarial-neighbour", "Neighbour", "neighbour.example");
    }

    static SeededTenant inputs(ApplicationContext context) {
        return seeded(context, "adversarial-inputs", "Inputs", "inputs.example");
    }

    private static synchronized SeededTenant seeded(ApplicationContext context, String slug, String label, String domain) {
        SeededTenant known = SEEDED.get(slug);
        if (known != null) {
            return known;
        }
        if (context.getBean(TenantService.class).findBySlug(slug).isPresent()) {
            throw new IllegalStateException("Tenant " + slug + " exists from an earlier run; the test database is cleaned for each run");
        }
        try {
            SeededTenant seeded = seed(context, slug, label, domain);
            SEEDED.put(slug, seeded);
            return seeded;
        } finally {
            SignIn.out();
        }
    }

    private static SeededTenant seed(ApplicationContext context, String slug, String label, String domain) {
        TenantService tenants = context.getBean(TenantService.class);
        ConsultantAssignments consultantAssignments = context.getBean(ConsultantAssignments.class);
        TenantTeams tenantTeams = context.getBean(TenantTeams.class);
        AuditCampaigns campaigns = context.getBean(AuditCampaigns.class);
        TaskCatalogue catalogue = context.getBean(TaskCatalogue.class);
        TimeLog timeLog = context.getBean(TimeLog.class);
        AuditAnalysis analysis = context.getBean(AuditAnalysis.class);
        DesignRecords designs = context.getBean(DesignRecords.class);
        DesignReviews reviews = context.getBean(DesignReviews.class);
        SolutionDelivery delivery = context.getBean(SolutionDelivery.class);
        OutcomeService outcomes = context.getBean(OutcomeService.class);
        BoardService board = context.getBean(BoardService.class);
        String word = label.toLowerCase(Locale.ROOT);
        String executive = "vera." + word + "@" + domain;
        String staff = "vic." + word + "@" + domain;
        String otherStaff = "val." + word + "@" + domain;
        String consultant = "zed." + word + "@smartwork.studio";

        // The administrator creates the tenant, its teams, invites its people and assigns a consultant.
        SignIn.as(context, DemoPeople.ADMIN);
        TenantId tenant = tenants.create(TenantSettings.defaults(label + " Ltd", slug, Locale.forLanguageTag("en-IE"), ZONE,
                new BigDecimal("40"))).id();
        long frontDesk = tenantTeams.saveTeam(tenant, null, label + " front desk", new BigDecimal("45")).id();
        long backOffice = tenantTeams.saveTeam(tenant, null, label + " back office", null).id();
        long veraId = TestPeople.member(context, tenant, executive, "Vera " + label + " Executive", TenantRole.EXECUTIVE, null,
                DemoPeople.ADMIN).personId();
        long vicId = TestPeople.member(context, tenant, staff, "Vic " + label + " Staff", TenantRole.STAFF, frontDesk,
                DemoPeople.ADMIN).personId();
        long valId = TestPeople.member(context, tenant, otherStaff, "Val " + label + " Staff", TenantRole.STAFF, backOffice,
                executive).personId();
        SignIn.as(context, DemoPeople.ADMIN);
        context.getBean(Invitations.class).invite(tenant, new Invitation("pat." + word + "@" + domain, "Pat " + label + " Pending",
                TenantRole.STAFF, backOffice));
        consultantAssignments.assignConsultant(tenant, TestPeople.consultancyPerson(context, consultant, "Zed " + label + " Consultant",
                PlatformRole.CONSULTANT).personId());

        // The consultant runs a two-week audit eight weeks ago, imports time and keeps an earlier, closed campaign.
        SignIn.as(context, consultant);
        LocalDate monday = TimeLog.monday(LocalDate.now(ZONE).minusWeeks(8));
        Campaign open = campaigns.save(tenant, null, label + " audit", monday, monday.plusDays(11), List.of(veraId, vicId, valId));
        Campaign closed = campaigns.save(tenant, null, label + " earlier audit", monday.minusDays(14), monday.minusDays(3), List.of(vicId));
        campaigns.setOpen(tenant, closed.id(), false);
        String rows = String.join(",", AuditImport.HEADER) + "\n"
                + row(monday, staff, label + " support", label + " answer calls", 30, 5, "5,4,4,2", label + " the line is busy")
                + row(monday.plusDays(1), otherStaff, label + " support", label + " answer calls", 45, 6, "4,4,3,3", label + " callers repeat")
                + row(monday.plusDays(2), executive, label + " back office", label + " file invoices", 60, 10, "5,5,5,4", label + " paper again");
        ImportResult imported = context.getBean(AuditImport.class).importCsv(tenant, open.id(), rows.getBytes(StandardCharsets.UTF_8));
        if (!imported.accepted()) {
            throw new IllegalStateException("The seeding import was refused: " + imported.problems());
        }
        long calls = task(catalogue.tasks(tenant), label + " answer calls");
        long invoices = task(catalogue.tasks(tenant), label + " file invoices");
        catalogue.addTask(tenant, catalogue.createProcess(tenant, label + " sales").id(), label + " qualify leads");

        // Staff log, rate and write friction notes; a colleague +1s one.
        SignIn.as(context, staff);
        timeLog.log(tenant, open.id(), new NewTimeEntry(monday.plusDays(3), calls, 20, 2, label + " quick form note"));
        timeLog.rate(tenant, open.id(), new TaskRating(calls, 5, 5, 4, 3, label + " breaks at lunch time"));
        timeLog.addFrictionNote(tenant, open.id(), label + " the printer jams");
        SignIn.as(context, otherStaff);
        timeLog.addFrictionNote(tenant, open.id(), label + " too many browser tabs");
        timeLog.vote(tenant, open.id(), timeLog.frictionNotes(tenant, open.id()).stream()
                .filter(n -> !n.mine()).findFirst().orElseThrow().id(), true);

        // Candidates, and a design record taken all the way to live and measured.
        SignIn.as(context, consultant);
        Candidate voiceAgent = analysis.promote(tenant, open.id(), new NewCandidate(label + " voice agent", new BigDecimal("50"),
                Effort.M, label + " most calls ask the same", List.of(calls)));
        analysis.promote(tenant, open.id(), new NewCandidate(label + " invoice reader", new BigDecimal("30"), Effort.L,
                label + " invoices arrive as paper", List.of(invoices)));
        DesignRecordSummary live = designs.create(tenant, "", List.of(voiceAgent.id()));
        DesignContent prefilled = designs.record(tenant, live.number()).content();
        designs.saveContent(tenant, live.number(), 1, prefilled.toBuilder()
                .problem(label + " " + prefilled.problem())
                .trigger(label + " a customer calls")
                .steps(List.of(new WorkflowStep(StepActor.AI, label + " answers the call"),
                        new WorkflowStep(StepActor.HUMAN, label + " takes complaints")))
                .systems(label + " telephony")
                .dataAndPrivacy(label + " order numbers")
                .humanCheckpoints(label + " callers may ask for a person")
                .risks(label + " outage goes to the queue")
                .kpis(prefilled.kpis().stream().map(k -> new KpiSpec(k.key(), label + " " + k.name(), k.unit(), k.direction(),
                        k.baseline(), k.target(), k.cadence())).toList())
                .buildCost(new BigDecimal("3000"))
                .runningCostPerMonth(new BigDecimal("200"))
                .reviewMinutesPerRun(new BigDecimal("0.5"))
                .build());
        reviews.submit(tenant, live.number());
        SignIn.as(context, executive);
        reviews.approve(tenant, live.number(), 2, label + " approved, go ahead");
        SignIn.as(context, consultant);
        delivery.startBuild(tenant, live.number());
        YearMonth thisMonth = YearMonth.now(ZONE);
        delivery.goLive(tenant, live.number(), thisMonth.minusMonths(3));
        LiveSolution solution = outcomes.liveSolutions(tenant).getFirst();
        outcomes.recordRunTotal(tenant, solution.recordId(), thisMonth.minusMonths(1), 100, 90, 10);
        outcomes.recordMeasurement(tenant, solution.kpis().getFirst().id(), thisMonth.minusMonths(1).atDay(1), new BigDecimal("12"));

        // A draft record with a comment thread, action items on the board, the executives' self-check.
        int draft = designs.create(tenant, label + " inbox triage", List.of()).number();
        SignIn.as(context, executive);
        reviews.comment(tenant, draft, null, label + " what happens to spam?");
        context.getBean(ReadinessService.class).answer(tenant, EnumSet.of(ReadinessSign.SAVING_UNKNOWN, ReadinessSign.ADOPTION_AS_LOGINS));
        SignIn.as(context, staff);
        reviews.comment(tenant, draft, designs.record(tenant, draft).comments().getFirst().id(), label + " spam goes to a folder");
        SignIn.as(context, consultant);
        board.createActionItem(tenant, label + " export the call log", vicId, monday.plusWeeks(10));
        board.createActionItem(tenant, label + " sign the data agreement", veraId, null);
        // A comment on a card by a client, and an API key for the tenant's automations.
        SignIn.as(context, staff);
        context.getBean(studio.smartwork.portal.board.CardComments.class).comment(tenant,
                studio.smartwork.portal.board.CardKey.ofRecord(draft), label + " can it read the shared inbox?");
        SignIn.as(context, consultant);
        context.getBean(studio.smartwork.portal.integrations.ApiKeys.class).create(tenant, label + " call recorder",
                EnumSet.of(studio.smartwork.portal.integrations.ApiKeyScope.INGEST_RUNS,
                        studio.smartwork.portal.integrations.ApiKeyScope.READ_SAVINGS));
        // A webhook endpoint on a public address (no name to resolve), turned off at once so that
        // nothing is sent to it while the suite runs: its ids are attacked, its deliveries wait.
        var webhooks = context.getBean(studio.smartwork.portal.webhooks.WebhookEndpoints.class);
        long endpoint = webhooks.create(tenant, "https://203.0.113.7/" + slug + "/hooks",
                EnumSet.allOf(studio.smartwork.portal.webhooks.WebhookEvent.class), false).endpoint().id();
        webhooks.disable(tenant, endpoint);

        return new SeededTenant(tenant, slug, label, executive, staff, otherStaff, consultant, open.id(), solution.recordId(),
                live.number(), monday);
    }

    private static String row(LocalDate date, String email, String process, String task, int minutes, int occurrences,
            String ratings, String note) {
        return String.join(",", date.toString(), email, process, task, Integer.toString(minutes), Integer.toString(occurrences),
                ratings, note) + "\n";
    }

    private static long task(List<AuditTask> tasks, String name) {
        return tasks.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
    }
}
