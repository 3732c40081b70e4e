package studio.smartwork.portal.design.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import studio.smartwork.portal.design.CandidateFacts;
import studio.smartwork.portal.design.DesignAction;
import studio.smartwork.portal.design.DesignContent;
import studio.smartwork.portal.design.DesignRecordDetails;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.design.DesignReviews;
import studio.smartwork.portal.design.LiveSolution.SavingsMethod;
import studio.smartwork.portal.design.SolutionDelivery;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.UserFacingErrors;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * One design record: its content, where it is in its life, the actions the person's role
 * allows there, its revisions (any two can be compared), reviews and comments.
 */
@Route(value = "designs/:" + DesignNavigation.NUMBER_PARAMETER, layout = TenantLayout.class)
@PageTitle("Design record · SmartWork Portal")
@PermitAll
public class DesignRecordView extends VerticalLayout implements BeforeEnterObserver {

    private final DesignRecords designs;
    private final DesignReviews reviews;
    private final SolutionDelivery delivery;
    private TenantAccess access;
    private int number;

    public DesignRecordView(DesignRecords designs, DesignReviews reviews, SolutionDelivery delivery) {
        this.designs = designs;
        this.reviews = reviews;
        this.delivery = delivery;
        setPadding(false);
        addClassName("design-record-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        access = TenantLayout.current();
        number = DesignNavigation.number(event);
        build();
    }

    private void build() {
        removeAll();
        DesignRecordDetails details = designs.record(access.tenant().id(), number);
        DesignRecordSummary record = details.summary();
        DesignContent content = details.content();
        TenantFormat format = access.tenant().format();

        HorizontalLayout title = new HorizontalLayout(new H2(record.reference() + " · " + record.title()),
                DesignRecordsView.statusBadge(record));
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title);
        String approval = record.approvedRevision() == null
                ? "Revision " + record.currentRevision() + " · not approved yet"
                : record.awaitsApproval()
                        ? "Revision " + record.currentRevision() + " · revision " + record.approvedRevision()
                                + " was approved; this one needs approval again"
                        : "Revision " + record.currentRevision() + " · approved";
        Paragraph revisionLine = new Paragraph(approval + (record.improvesNumber() == null ? ""
                : " · improves SDR-" + record.improvesNumber())
                + (record.liveSince() == null ? "" : " · live since " + format.month(java.time.YearMonth.from(record.liveSince()))));
        revisionLine.addClassName("design-revision-line");
        add(revisionLine, actions(record));

        if (!details.candidates().isEmpty()) {
            add(new H3("From the time audit"));
            for (CandidateFacts candidate : details.candidates()) {
                add(new Paragraph(candidate.title() + ": " + String.join(", ", candidate.taskNames()) + " — "
                        + format.number(candidate.monthlyHours(), 1) + " h/month, "
                        + format.number(candidate.minutesPerOccurrence(), 1) + " min per occurrence, potential "
                        + format.number(candidate.potentialPercent(), 0) + " %, expected "
                        + format.number(candidate.expectedHoursPerMonth(), 1) + " h and "
                        + format.money(candidate.expectedMoneyPerMonth()) + " a month"));
            }
        }

        add(new H3("Design"));
        add(field("Problem", content.problem()), field("Solution type", content.solutionType().label()),
                field("Trigger", content.workflow().trigger()));
        add(new H4("Workflow"));
        if (content.workflow().steps().isEmpty()) {
            add(new Paragraph("No steps yet."));
        } else {
            OrderedList steps = new OrderedList();
            steps.addClassName("workflow-steps");
            content.workflow().steps().forEach(step -> {
                Span actor = new Span(step.actor().label());
                actor.getElement().getThemeList().add("badge contrast");
                steps.add(new ListItem(actor, new Span(" " + step.description())));
            });
            add(steps);
        }
        DesignContent.SystemsAndRisks systemsAndRisks = content.systemsAndRisks();
        add(field("Systems and integrations", systemsAndRisks.systems()),
                field("Data handled and privacy", systemsAndRisks.dataAndPrivacy()),
                field("Human-in-the-loop checkpoints", systemsAndRisks.humanCheckpoints()),
                field("Risks and mitigations", systemsAndRisks.risks()));

        add(new H4("KPIs"));
        Grid<DesignContent.KpiSpec> kpis = new Grid<>();
        kpis.addColumn(DesignContent.KpiSpec::name).setHeader("KPI").setFlexGrow(3);
        kpis.addColumn(k -> k.unit().name().toLowerCase()).setHeader("Unit").setAutoWidth(true).setFlexGrow(0);
        kpis.addColumn(k -> format.number(k.baseline(), 2)).setHeader("Baseline").setAutoWidth(true).setFlexGrow(0);
        kpis.addColumn(k -> format.number(k.target(), 2)).setHeader("Target").setAutoWidth(true).setFlexGrow(0);
        kpis.addColumn(k -> k.direction() == studio.smartwork.portal.design.KpiDefinition.KpiDirection.LOWER_IS_BETTER
                ? "lower is better" : "higher is better").setHeader("Direction").setAutoWidth(true).setFlexGrow(0);
        kpis.addColumn(k -> k.cadence().name().toLowerCase()).setHeader("Cadence").setAutoWidth(true).setFlexGrow(0);
        kpis.setItems(content.kpis());
        kpis.setAllRowsVisible(true);
        add(kpis);

        add(new H4("Costs and expected saving"));
        DesignContent.CostsAndSaving costs = content.costsAndSaving();
        DesignContent.SavingsMeasurement measurement = content.savingsMeasurement();
        add(field("One-off build cost", format.money(costs.buildCost())),
                field("Running cost per month", format.money(costs.runningCostPerMonth())),
                field("Expected saving per month", format.number(costs.expectedHoursPerMonth(), 1) + " hours, "
                        + format.money(costs.expectedMoneyPerMonth())),
                field("Saving measured", measurement.savingsMethod() == SavingsMethod.RUNS
                        ? "From the automation's runs: " + format.number(measurement.baselineMinutesPerOccurrence(), 1)
                                + " manual minutes per occurrence before, " + format.number(measurement.reviewMinutesPerRun(), 1)
                                + " review minutes per run after, valued at " + format.money(measurement.hourlyCost()) + " per hour"
                        : "From the monthly hours KPI against a baseline of " + format.number(measurement.baselineMonthlyHours(), 1)
                                + " hours, valued at " + format.money(measurement.hourlyCost()) + " per hour"));

        if (!details.reviews().isEmpty()) {
            add(new H3("Reviews"));
            details.reviews().forEach(review -> add(new Paragraph(format.dateTime(review.decidedAt()) + " · "
                    + review.decidedBy() + (review.approved() ? " approved" : " requested changes to")
                    + " revision " + review.revision() + (review.comment().isEmpty() ? "" : ": " + review.comment()))));
        }
        add(revisionsSection(details));
        add(new DesignComments(reviews, access, number, details.comments(), this::build));
    }

    /** The steps the service says this person may take on the record now; the page only says how each looks. */
    private Component actions(DesignRecordSummary record) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("design-actions");
        for (DesignAction action : designs.allowedActions(access.tenant().id(), number)) {
            actions.add(button(action, record));
        }
        return actions;
    }

    private Button button(DesignAction action, DesignRecordSummary record) {
        TenantId tenant = access.tenant().id();
        return switch (action) {
            case EDIT -> button("Edit", false, () -> DesignNavigation.toEditor(access.tenant().slug(), number));
            case SUBMIT -> button("Submit for review", true, () -> act(() -> reviews.submit(tenant, number),
                    "Submitted for review. The client's executives can now approve it."));
            case WITHDRAW -> button("Withdraw from review", false, () -> act(() -> reviews.withdraw(tenant, number),
                    "Withdrawn; you can change it again."));
            case APPROVE -> button("Approve", true, () -> new ReviewDialog(reviews, access, record, true, this::build).open());
            case REQUEST_CHANGES -> button("Request changes", false,
                    () -> new ReviewDialog(reviews, access, record, false, this::build).open());
            case START_BUILD -> button("Start build", true, () -> act(() -> delivery.startBuild(tenant, number), "Building."));
            case GO_LIVE -> button("Go live", true, () -> new GoLiveDialog(delivery, access, number, this::build).open());
            case START_IMPROVEMENT -> button("Start improvement", false, () -> {
                DesignRecordSummary improvement = delivery.startImprovement(tenant, number);
                DesignNavigation.toEditor(access.tenant().slug(), improvement.number());
            });
            case RETIRE -> button("Retire", false, () -> act(() -> delivery.retire(tenant, number), "Retired."));
        };
    }

    private Button button(String text, boolean primary, Runnable action) {
        Button button = new Button(text, click -> action.run());
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void act(Runnable action, String done) {
        UserFacingErrors.attempt(() -> {
            action.run();
            Notifications.success(done);
        });
        build();
    }

    private Component revisionsSection(DesignRecordDetails details) {
        VerticalLayout section = new VerticalLayout(new H3("Revisions"));
        section.setPadding(false);
        TenantFormat format = access.tenant().format();
        Grid<DesignRecordDetails.Revision> grid = new Grid<>();
        grid.addColumn(r -> "Revision " + r.revision()).setHeader("Revision").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DesignRecordDetails.Revision::author).setHeader("Saved by");
        grid.addColumn(r -> format.dateTime(r.createdAt())).setHeader("When");
        grid.setItems(details.revisions());
        grid.setAllRowsVisible(true);
        section.add(grid);
        if (details.revisions().size() < 2) {
            return section;
        }
        List<Integer> numbers = details.revisions().stream().map(DesignRecordDetails.Revision::revision).toList();
        Select<Integer> from = new Select<>();
        from.setLabel("Compare revision");
        from.setItems(numbers);
        from.setValue(numbers.get(1));
        Select<Integer> to = new Select<>();
        to.setLabel("with revision");
        to.setItems(numbers);
        to.setValue(numbers.getFirst());
        Div result = new Div();
        result.setWidthFull();
        Button compare = new Button("Compare", click -> {
            result.removeAll();
            List<DesignContent.FieldChange> changes = designs.compare(access.tenant().id(), number, from.getValue(), to.getValue());
            if (changes.isEmpty()) {
                result.add(new Paragraph("The two revisions say the same."));
                return;
            }
            Grid<DesignContent.FieldChange> diff = new Grid<>();
            diff.addColumn(DesignContent.FieldChange::field).setHeader("Field").setAutoWidth(true).setFlexGrow(0);
            diff.addColumn(DesignContent.FieldChange::before).setHeader("Revision " + from.getValue());
            diff.addColumn(DesignContent.FieldChange::after).setHeader("Revision " + to.getValue());
            diff.setItems(changes);
            diff.setAllRowsVisible(true);
            diff.addClassName("revision-diff");
            result.add(diff);
        });
        HorizontalLayout controls = new HorizontalLayout(from, to, compare);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        section.add(controls, result);
        return section;
    }

    private static Component field(String label, String value) {
        Div field = new Div();
        field.addClassName("design-field");
        Span name = new Span(label);
        name.addClassName("design-field-label");
        Paragraph text = new Paragraph(value.isBlank() ? "—" : value);
        text.addClassName("design-field-value");
        field.add(name, text);
        return field;
    }
}
