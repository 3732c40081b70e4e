package studio.smartwork.portal.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.design.CandidateFacts;
import studio.smartwork.portal.design.DesignContent;
import studio.smartwork.portal.design.DesignContent.StepActor;
import studio.smartwork.portal.design.DesignContent.WorkflowStep;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.design.DesignReviews;
import studio.smartwork.portal.design.LiveSolution.SavingsMethod;
import studio.smartwork.portal.design.SolutionDelivery;
import studio.smartwork.portal.design.SolutionType;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * Acme's design records: a voice agent for delivery-time calls, live for five months; a
 * lead-qualification assistant, approved; an inbox triage, still a draft. Each starts
 * from the audit's candidate of the same name when the audit chapter wrote one.
 */
@Component
class DesignDemo implements DemoChapter {

    private static final String CARLA = "carla@smartwork.studio";
    private static final String EVA = "eva@acme.example";

    private final DesignRecords designs;
    private final DesignReviews reviews;
    private final SolutionDelivery delivery;
    private final Clock clock;

    DesignDemo(DesignRecords designs, DesignReviews reviews, SolutionDelivery delivery, Clock clock) {
        this.designs = designs;
        this.reviews = reviews;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void write(DemoSeeding seeding) {
        TenantId acme = seeding.tenant("acme");
        seeding.as(CARLA, () -> {
            List<CandidateFacts> candidates = designs.openCandidates(acme);

            DesignRecordSummary voice = create(acme, candidates, "Voice agent for delivery-time calls");
            save(acme, voice, SolutionType.VOICE_AGENT,
                    "Customer service answers about 50 calls a day asking where a delivery is; each takes about 4 minutes of looking up the tracking system.",
                    "An inbound call to the delivery hotline",
                    List.of(new WorkflowStep(StepActor.AI, "Answers the call and asks for the order or tracking number"),
                            new WorkflowStep(StepActor.SYSTEM, "Looks up the delivery window in the tracking system"),
                            new WorkflowStep(StepActor.AI, "Tells the caller the window and offers an SMS update"),
                            new WorkflowStep(StepActor.HUMAN, "Takes over calls about damaged or missing goods")),
                    "Telephony (SIP), tracking system API, SMS gateway",
                    "Order numbers and phone numbers; recordings kept 30 days; no payment data",
                    "Any caller can say 'agent' to reach a person; weekly review of 20 random calls",
                    "Misheard order numbers: read back before lookup. Outage: calls fall back to the queue.",
                    new BigDecimal("7500"), new BigDecimal("450"), SavingsMethod.RUNS,
                    new BigDecimal("4"), new BigDecimal("0.5"));
            reviews.submit(acme, voice.number());

            DesignRecordSummary leads = create(acme, candidates, "Lead qualification assistant");
            save(acme, leads, SolutionType.LEAD_QUALIFICATION,
                    "Sales reads about 30 web leads a day and spends about 10 minutes on each deciding whether to call back.",
                    "A new lead arrives from the web form",
                    List.of(new WorkflowStep(StepActor.AI, "Scores the lead against the ideal customer profile"),
                            new WorkflowStep(StepActor.SYSTEM, "Enriches the lead with company size and sector"),
                            new WorkflowStep(StepActor.HUMAN, "Calls back the leads scored A or B")),
                    "Web form, CRM, company register",
                    "Contact details of prospects; processed under legitimate interest; kept in the CRM only",
                    "Sales confirms every A lead before the first call",
                    "Scoring bias: monthly check of rejected leads by the sales lead.",
                    new BigDecimal("6500"), new BigDecimal("220"), SavingsMethod.RUNS,
                    new BigDecimal("10"), new BigDecimal("1"));
            reviews.submit(acme, leads.number());

            DesignRecordSummary inbox = create(acme, candidates, "Inbox triage");
            save(acme, inbox, SolutionType.INBOX_TRIAGE,
                    "The shared inbox gets about 40 e-mails a day that someone sorts and forwards by hand.",
                    "A new e-mail in the shared inbox",
                    List.of(new WorkflowStep(StepActor.AI, "Classifies the e-mail and drafts a reply where it can"),
                            new WorkflowStep(StepActor.HUMAN, "Checks drafts before they are sent")),
                    "E-mail server, ticketing", "Customer e-mails; stays within the EU", "Every draft is checked", "",
                    new BigDecimal("4000"), new BigDecimal("150"), SavingsMethod.RUNS,
                    new BigDecimal("3"), new BigDecimal("0.5"));
            return List.of(voice, leads, inbox);
        });
        seeding.as(EVA, () -> {
            for (DesignRecordSummary record : designs.records(acme)) {
                if (record.title().startsWith("Voice agent") || record.title().startsWith("Lead qualification")) {
                    reviews.approve(acme, record.number(), record.currentRevision(), "Agreed, go ahead.");
                }
            }
        });
        seeding.as(CARLA, () -> designs.records(acme).stream()
                .filter(r -> r.title().startsWith("Voice agent"))
                .findFirst()
                .ifPresent(voice -> {
                    delivery.startBuild(acme, voice.number());
                    delivery.goLive(acme, voice.number(), YearMonth.now(clock).minusMonths(6));
                }));
    }

    private DesignRecordSummary create(TenantId acme, List<CandidateFacts> candidates, String title) {
        Optional<CandidateFacts> candidate = candidates.stream()
                .filter(c -> c.title().equalsIgnoreCase(title)).findFirst();
        return designs.create(acme, title, candidate.map(c -> List.of(c.id())).orElse(List.of()));
    }

    private void save(TenantId acme, DesignRecordSummary record, SolutionType type, String problem, String trigger,
            List<WorkflowStep> steps, String systems, String data, String checkpoints, String risks,
            BigDecimal buildCost, BigDecimal runningCost, SavingsMethod method, BigDecimal minutesBefore, BigDecimal reviewMinutes) {
        DesignContent prefilled = designs.record(acme, record.number()).content();
        List<DesignContent.KpiSpec> kpis = prefilled.kpis().isEmpty()
                ? List.of(new DesignContent.KpiSpec(DesignContent.KpiSpec.newKey(), "Human minutes per occurrence",
                        studio.smartwork.portal.design.KpiDefinition.KpiUnit.MINUTES,
                        studio.smartwork.portal.design.KpiDefinition.KpiDirection.LOWER_IS_BETTER,
                        minutesBefore, reviewMinutes, studio.smartwork.portal.design.KpiDefinition.KpiCadence.MONTHLY))
                : prefilled.kpis();
        BigDecimal prefilledCost = prefilled.savingsMeasurement().hourlyCost();
        DesignContent content = prefilled.toBuilder()
                .title(record.title())
                .problem(problem)
                .solutionType(type)
                .trigger(trigger)
                .steps(steps)
                .systems(systems)
                .dataAndPrivacy(data)
                .humanCheckpoints(checkpoints)
                .risks(risks)
                .kpis(kpis)
                .buildCost(buildCost)
                .runningCostPerMonth(runningCost)
                .savingsMethod(method)
                .hourlyCost(prefilledCost.signum() > 0 ? prefilledCost : new BigDecimal("38"))
                .baselineMinutesPerOccurrence(minutesBefore)
                .reviewMinutesPerRun(reviewMinutes)
                .build();
        designs.saveContent(acme, record.number(), record.currentRevision(), content);
    }
}
