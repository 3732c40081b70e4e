package studio.smartwork.portal.design.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import studio.smartwork.portal.design.CandidateFacts;
import studio.smartwork.portal.design.DesignAction;
import studio.smartwork.portal.design.DesignContent;
import studio.smartwork.portal.design.DesignRecordDetails;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.design.DesignReviews;
import studio.smartwork.portal.design.DesignStatus;
import studio.smartwork.portal.design.LiveSolution.SavingsMethod;
import studio.smartwork.portal.design.SolutionDelivery;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shared.ui.UserFacingErrors;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * One design record: its content, where it is in its life, the actions the person's role
 * allows there, its revisions (any two can be compared), reviews and comments.
 */
@Route(value = "designs/:" + DesignNavigation.NUMBER_PARAMETER, layout = TenantLayout.class)
@PermitAll
public class DesignRecordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

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

    @Override
    public String getPageTitle() {
        return PageTitles.of("design.record.page-title");
    }

    private void build() {
        removeAll();
        DesignRecordDetails details = designs.record(access.tenant().id(), number);
        DesignRecordSummary record = details.summary();
        DesignContent content = details.content();
        TenantFormat format = access.tenant().formatFor(getLocale());

        HorizontalLayout title = new HorizontalLayout(new H2(record.reference() + " · " + record.title()),
                DesignRecordsView.statusBadge(record));
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title);
        List<String> where = new ArrayList<>();
        where.add(getTranslation("design.record.revision", record.currentRevision()));
        where.add(record.approvedRevision() == null ? getTranslation("design.record.not-approved")
                : record.awaitsApproval() ? getTranslation("design.record.approved-earlier", record.approvedRevision())
                : getTranslation("design.record.approved"));
        if (record.improvesNumber() != null) {
            where.add(getTranslation("design.record.improves", DesignRecordSummary.reference(record.improvesNumber())));
        }
        designs.template(access.tenant().id(), number).ifPresent(template -> where.add(getTranslation("design.templates.record.from",
                template.content().name().in(Language.forLocale(getLocale())), template.version())));
        if (record.liveSince() != null) {
            where.add(getTranslation("design.record.live-since", format.month(YearMonth.from(record.liveSince()))));
        }
        Paragraph revisionLine = new Paragraph(String.join(" · ", where));
        revisionLine.addClassName("design-revision-line");
        add(revisionLine, actions(record));
        if (record.status() == DesignStatus.LIVE || record.status() == DesignStatus.RETIRED) {
            Anchor alertHistory = new Anchor(DesignNavigation.alertHistoryPath(access.tenant().slug(), record.id()),
                    getTranslation("design.record.alert-history"));
            alertHistory.getElement().setAttribute("router-link", true);
            alertHistory.setId("design-record-alert-history");
            add(alertHistory);
        }

        if (!details.candidates().isEmpty()) {
            add(new H3(getTranslation("design.record.from-audit")));
            for (CandidateFacts candidate : details.candidates()) {
                add(new Paragraph(getTranslation("design.record.candidate", candidate.title(),
                        String.join(", ", candidate.taskNames()), format.number(candidate.monthlyHours(), 1),
                        format.number(candidate.minutesPerOccurrence(), 1), format.number(candidate.potentialPercent(), 0),
                        format.number(candidate.expectedHoursPerMonth(), 1), format.money(candidate.expectedMoneyPerMonth()))));
            }
        }

        add(new H3(getTranslation("design.record.design")));
        add(field("design.field.problem", content.problem()),
                field("design.field.solution-type", getTranslation(content.solutionType().textKey())),
                field("design.field.trigger", content.workflow().trigger()));
        add(new H4(getTranslation("design.record.workflow")));
        if (content.workflow().steps().isEmpty()) {
            add(new Paragraph(getTranslation("design.record.no-steps")));
        } else {
            OrderedList steps = new OrderedList();
            steps.addClassName("workflow-steps");
            content.workflow().steps().forEach(step -> {
                Span actor = new Span(getTranslation(step.actor().textKey()));
                actor.getElement().getThemeList().add("badge contrast");
                steps.add(new ListItem(actor, new Span(" " + step.description())));
            });
            add(steps);
        }
        DesignContent.SystemsAndRisks systemsAndRisks = content.systemsAndRisks();
        add(field("design.field.systems", systemsAndRisks.systems()),
                field("design.field.data-and-privacy", systemsAndRisks.dataAndPrivacy()),
                field("design.field.human-checkpoints", systemsAndRisks.humanCheckpoints()),
                field("design.field.risks", systemsAndRisks.risks()));

        add(new H4(getTranslation("design.field.kpis")));
        Grid<DesignContent.KpiSpec> kpis = new Grid<>();
        kpis.addColumn(DesignContent.KpiSpec::name).setHeader(getTranslation("design.kpi.name")).setFlexGrow(3);
        kpis.addColumn(k -> getTranslation(k.unit().textKey())).setHeader(getTranslation("design.kpi.unit"))
                .setAutoWidth(true).setFlexGrow(0);
        kpis.addColumn(k -> format.number(k.baseline(), 2)).setHeader(getTranslation("design.kpi.baseline"))
                .setAutoWidth(true).setFlexGrow(0);
        kpis.addColumn(k -> format.number(k.target(), 2)).setHeader(getTranslation("design.kpi.target"))
                .setAutoWidth(true).setFlexGrow(0);
        kpis.addColumn(k -> getTranslation(k.direction().textKey())).setHeader(getTranslation("design.kpi.direction"))
                .setAutoWidth(true).setFlexGrow(0);
        kpis.addColumn(k -> getTranslation(k.cadence().textKey())).setHeader(getTranslation("design.kpi.cadence"))
                .setAutoWidth(true).setFlexGrow(0);
        kpis.setItems(content.kpis());
        kpis.setAllRowsVisible(true);
        add(kpis);

        add(new H4(getTranslation("design.record.costs")));
        DesignContent.CostsAndSaving costs = content.costsAndSaving();
        DesignContent.SavingsMeasurement measurement = content.savingsMeasurement();
        add(field("design.field.build-cost", format.money(costs.buildCost())),
                field("design.field.running-cost", format.money(costs.runningCostPerMonth())),
                field("design.record.expected-saving", getTranslation("design.record.expected-saving.value",
                        format.number(costs.expectedHoursPerMonth(), 1), format.money(costs.expectedMoneyPerMonth()))),
                field("design.field.savings-method", measurement.savingsMethod() == SavingsMethod.RUNS
                        ? getTranslation("design.record.measured.runs", format.number(measurement.baselineMinutesPerOccurrence(), 1),
                                format.number(measurement.reviewMinutesPerRun(), 1), format.money(measurement.hourlyCost()))
                        : getTranslation("design.record.measured.hours-kpi", format.number(measurement.baselineMonthlyHours(), 1),
                                format.money(measurement.hourlyCost()))));

        if (!details.reviews().isEmpty()) {
            add(new H3(getTranslation("design.record.reviews")));
            details.reviews().forEach(review -> {
                String decision = getTranslation(
                        review.approved() ? "design.record.review.approved" : "design.record.review.changes-requested",
                        format.dateTime(review.decidedAt()), review.decidedBy(), review.revision());
                add(new Paragraph(review.comment().isEmpty() ? decision : decision + ": " + review.comment()));
            });
        }
        add(revisionsSection(details, format));
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
            case EDIT -> button(action, false, () -> DesignNavigation.toEditor(access.tenant().slug(), number));
            case SUBMIT -> button(action, true, () -> act(() -> reviews.submit(tenant, number), "design.record.submitted"));
            case WITHDRAW -> button(action, false, () -> act(() -> reviews.withdraw(tenant, number), "design.record.withdrawn"));
            case APPROVE -> button(action, true, () -> new ReviewDialog(reviews, access, record, true, this::build).open());
            case REQUEST_CHANGES -> button(action, false,
                    () -> new ReviewDialog(reviews, access, record, false, this::build).open());
            case START_BUILD -> button(action, true, () -> act(() -> delivery.startBuild(tenant, number), "design.record.building"));
            case GO_LIVE -> button(action, true, () -> new GoLiveDialog(delivery, access, number, this::build).open());
            case START_IMPROVEMENT -> button(action, false, () -> {
                DesignRecordSummary improvement = delivery.startImprovement(tenant, number);
                DesignNavigation.toEditor(access.tenant().slug(), improvement.number());
            });
            case RETIRE -> button(action, false, () -> act(() -> delivery.retire(tenant, number), "design.record.retired"));
        };
    }

    private Button button(DesignAction action, boolean primary, Runnable click) {
        Button button = new Button(getTranslation(action.textKey()), event -> click.run());
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void act(Runnable action, String doneKey) {
        UserFacingErrors.attempt(() -> {
            action.run();
            Notifications.success(getTranslation(doneKey));
        });
        build();
    }

    private Component revisionsSection(DesignRecordDetails details, TenantFormat format) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("design.revisions.title")));
        section.setPadding(false);
        Grid<DesignRecordDetails.Revision> grid = new Grid<>();
        grid.addColumn(r -> getTranslation("design.revisions.revision", r.revision()))
                .setHeader(getTranslation("design.revisions.column.revision")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DesignRecordDetails.Revision::author).setHeader(getTranslation("design.revisions.column.saved-by"));
        grid.addColumn(r -> format.dateTime(r.createdAt())).setHeader(getTranslation("design.revisions.column.when"));
        grid.setItems(details.revisions());
        grid.setAllRowsVisible(true);
        section.add(grid);
        if (details.revisions().size() < 2) {
            return section;
        }
        List<Integer> numbers = details.revisions().stream().map(DesignRecordDetails.Revision::revision).toList();
        Select<Integer> from = new Select<>();
        from.setLabel(getTranslation("design.revisions.compare-from"));
        from.setItems(numbers);
        from.setValue(numbers.get(1));
        Select<Integer> to = new Select<>();
        to.setLabel(getTranslation("design.revisions.compare-to"));
        to.setItems(numbers);
        to.setValue(numbers.getFirst());
        Div result = new Div();
        result.setWidthFull();
        Button compare = new Button(getTranslation("design.revisions.compare"), click -> {
            result.removeAll();
            List<DesignContent.FieldChange> changes = designs.compare(access.tenant().id(), number, from.getValue(), to.getValue(),
                    wording(format));
            if (changes.isEmpty()) {
                result.add(new Paragraph(getTranslation("design.revisions.same")));
                return;
            }
            Grid<DesignContent.FieldChange> diff = new Grid<>();
            diff.addColumn(DesignContent.FieldChange::field).setHeader(getTranslation("design.revisions.column.field"))
                    .setAutoWidth(true).setFlexGrow(0);
            diff.addColumn(DesignContent.FieldChange::before).setHeader(getTranslation("design.revisions.revision", from.getValue()));
            diff.addColumn(DesignContent.FieldChange::after).setHeader(getTranslation("design.revisions.revision", to.getValue()));
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

    /** Two revisions compared in this page's words: its language, the tenant's figures and money (up to two decimals). */
    private DesignContent.Wording wording(TenantFormat format) {
        return new DesignContent.Wording() {
            @Override
            public String text(String key, Object... args) {
                return getTranslation(key, args);
            }

            @Override
            public String figure(BigDecimal value) {
                return format.number(value, Math.clamp(value.stripTrailingZeros().scale(), 0, 2));
            }

            @Override
            public String money(BigDecimal value) {
                return format.money(value);
            }
        };
    }

    private Component field(String labelKey, String value) {
        Div field = new Div();
        field.addClassName("design-field");
        Span name = new Span(getTranslation(labelKey));
        name.addClassName("design-field-label");
        Paragraph text = new Paragraph(value.isBlank() ? "—" : value);
        text.addClassName("design-field-value");
        field.add(name, text);
        return field;
    }
}
