package studio.smartwork.portal.design.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.design.DesignAction;
import studio.smartwork.portal.design.DesignContent;
import studio.smartwork.portal.design.DesignContent.KpiSpec;
import studio.smartwork.portal.design.DesignContent.StepActor;
import studio.smartwork.portal.design.DesignContent.WorkflowStep;
import studio.smartwork.portal.design.DesignRecordDetails;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.design.KpiDefinition.KpiCadence;
import studio.smartwork.portal.design.KpiDefinition.KpiDirection;
import studio.smartwork.portal.design.KpiDefinition.KpiUnit;
import studio.smartwork.portal.design.LiveSolution.SavingsMethod;
import studio.smartwork.portal.design.SolutionType;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shared.ui.UserFacingErrors;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantAccess;

/** Where consultants write a design record; saving makes a new revision. */
@Route(value = "designs/:" + DesignNavigation.NUMBER_PARAMETER + "/edit", layout = TenantLayout.class)
@PermitAll
public class DesignEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DesignRecords designs;
    private final TextField title = new TextField();
    private final TextArea problem = new TextArea();
    private final Select<SolutionType> solutionType = new Select<>();
    private final TextArea trigger = new TextArea();
    private final VerticalLayout steps = new VerticalLayout();
    private final List<StepRow> stepRows = new ArrayList<>();
    private final TextArea systems = new TextArea();
    private final TextArea dataAndPrivacy = new TextArea();
    private final TextArea humanCheckpoints = new TextArea();
    private final TextArea risks = new TextArea();
    private final VerticalLayout kpis = new VerticalLayout();
    private final List<KpiRow> kpiRows = new ArrayList<>();
    private final BigDecimalField buildCost = new BigDecimalField();
    private final BigDecimalField runningCost = new BigDecimalField();
    private final BigDecimalField expectedHours = new BigDecimalField();
    private final BigDecimalField expectedMoney = new BigDecimalField();
    private final RadioButtonGroup<SavingsMethod> savingsMethod = new RadioButtonGroup<>();
    private final BigDecimalField hourlyCost = new BigDecimalField();
    private final BigDecimalField baselineMinutes = new BigDecimalField();
    private final BigDecimalField reviewMinutes = new BigDecimalField();
    private final BigDecimalField baselineHours = new BigDecimalField();
    private final Select<KpiRow> hoursKpi = new Select<>();
    private TenantAccess access;
    private int number;
    private int revision;

    public DesignEditorView(DesignRecords designs) {
        this.designs = designs;
        setPadding(false);
        addClassName("design-editor-view");
        title.setLabel(getTranslation("design.field.title"));
        problem.setLabel(getTranslation("design.field.problem"));
        solutionType.setLabel(getTranslation("design.field.solution-type"));
        trigger.setLabel(getTranslation("design.field.trigger"));
        systems.setLabel(getTranslation("design.field.systems"));
        dataAndPrivacy.setLabel(getTranslation("design.field.data-and-privacy"));
        humanCheckpoints.setLabel(getTranslation("design.field.human-checkpoints"));
        risks.setLabel(getTranslation("design.field.risks"));
        buildCost.setLabel(getTranslation("design.field.build-cost"));
        runningCost.setLabel(getTranslation("design.field.running-cost"));
        expectedHours.setLabel(getTranslation("design.field.expected-hours"));
        expectedMoney.setLabel(getTranslation("design.field.expected-money"));
        savingsMethod.setLabel(getTranslation("design.field.savings-method"));
        hourlyCost.setLabel(getTranslation("design.field.hourly-cost"));
        baselineMinutes.setLabel(getTranslation("design.field.baseline-minutes"));
        reviewMinutes.setLabel(getTranslation("design.field.review-minutes"));
        baselineHours.setLabel(getTranslation("design.field.baseline-hours"));
        hoursKpi.setLabel(getTranslation("design.field.hours-kpi"));
        solutionType.setItems(SolutionType.values());
        solutionType.setItemLabelGenerator(type -> getTranslation(type.textKey()));
        savingsMethod.setItems(SavingsMethod.values());
        savingsMethod.setItemLabelGenerator(method -> getTranslation(method.textKey()));
        hoursKpi.setItemLabelGenerator(row -> row.name.getValue().isBlank()
                ? getTranslation("design.editor.unnamed-kpi") : row.name.getValue());
        savingsMethod.addValueChangeListener(e -> showSavingsFields());
        steps.setPadding(false);
        kpis.setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        access = TenantLayout.current();
        number = DesignNavigation.number(event);
        // People who never edit records find no editor; those who do are sent to the record while it cannot change.
        if (!DesignAction.EDIT.isTakenBy(access.role())) {
            throw new TenantNotFoundException();
        }
        DesignRecordDetails details = designs.record(access.tenant().id(), number);
        if (!designs.allowedActions(access.tenant().id(), number).contains(DesignAction.EDIT)) {
            event.forwardTo(DesignRecordView.class, DesignNavigation.record(access.tenant().slug(), number));
            return;
        }
        revision = details.summary().currentRevision();
        build(details);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("design.editor.page-title");
    }

    private void build(DesignRecordDetails details) {
        removeAll();
        DesignContent content = details.content();
        add(new H2(getTranslation("design.editor.heading", details.summary().reference())),
                new Paragraph(getTranslation(details.summary().approvedRevision() == null ? "design.editor.saving-makes"
                        : "design.editor.saving-makes.after-approval", revision + 1)));
        title.setValue(content.title());
        problem.setValue(content.problem());
        solutionType.setValue(content.solutionType());
        trigger.setValue(content.workflow().trigger());
        systems.setValue(content.systemsAndRisks().systems());
        dataAndPrivacy.setValue(content.systemsAndRisks().dataAndPrivacy());
        humanCheckpoints.setValue(content.systemsAndRisks().humanCheckpoints());
        risks.setValue(content.systemsAndRisks().risks());
        buildCost.setValue(content.costsAndSaving().buildCost());
        runningCost.setValue(content.costsAndSaving().runningCostPerMonth());
        expectedHours.setValue(content.costsAndSaving().expectedHoursPerMonth());
        expectedMoney.setValue(content.costsAndSaving().expectedMoneyPerMonth());
        hourlyCost.setValue(content.savingsMeasurement().hourlyCost());
        baselineMinutes.setValue(content.savingsMeasurement().baselineMinutesPerOccurrence());
        reviewMinutes.setValue(content.savingsMeasurement().reviewMinutesPerRun());
        baselineHours.setValue(content.savingsMeasurement().baselineMonthlyHours());

        FormLayout about = new FormLayout(title, solutionType, problem, trigger);
        about.setColspan(title, 2);
        about.setColspan(problem, 2);
        about.setColspan(trigger, 2);
        add(about);

        add(new H3(getTranslation("design.field.steps")));
        stepRows.clear();
        steps.removeAll();
        content.workflow().steps().forEach(this::addStep);
        Button addStep = new Button(getTranslation("design.editor.add-step"), VaadinIcon.PLUS.create(),
                click -> addStep(new WorkflowStep(StepActor.AI, "")));
        add(steps, addStep);

        FormLayout more = new FormLayout(systems, dataAndPrivacy, humanCheckpoints, risks);
        add(more);

        add(new H3(getTranslation("design.field.kpis")));
        kpiRows.clear();
        kpis.removeAll();
        content.kpis().forEach(this::addKpi);
        Button addKpi = new Button(getTranslation("design.editor.add-kpi"), VaadinIcon.PLUS.create(),
                click -> addKpi(new KpiSpec(KpiSpec.newKey(), "",
                KpiUnit.HOURS, KpiDirection.LOWER_IS_BETTER, BigDecimal.ZERO, BigDecimal.ONE, KpiCadence.MONTHLY)));
        add(kpis, addKpi);

        add(new H3(getTranslation("design.editor.costs")));
        add(new FormLayout(buildCost, runningCost, expectedHours, expectedMoney));
        savingsMethod.setValue(content.savingsMeasurement().savingsMethod());
        refreshHoursKpis(content.savingsMeasurement().hoursKpiKey());
        add(savingsMethod, new FormLayout(hourlyCost, baselineMinutes, reviewMinutes, baselineHours, hoursKpi));
        showSavingsFields();

        Button save = new Button(getTranslation("design.editor.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("design.cancel"),
                click -> DesignNavigation.toRecord(access.tenant().slug(), number));
        add(new HorizontalLayout(save, cancel));
    }

    private void showSavingsFields() {
        boolean runs = savingsMethod.getValue() != SavingsMethod.HOURS_KPI;
        baselineMinutes.setVisible(runs);
        reviewMinutes.setVisible(runs);
        baselineHours.setVisible(!runs);
        hoursKpi.setVisible(!runs);
    }

    private void refreshHoursKpis(@Nullable String selectedKey) {
        hoursKpi.setItems(kpiRows);
        kpiRows.stream().filter(row -> row.key.equals(selectedKey)).findFirst().ifPresent(hoursKpi::setValue);
    }

    private void save() {
        UserFacingErrors.attempt(() -> {
            KpiRow chosenHoursKpi = hoursKpi.getValue();
            DesignContent content = DesignContent.builder()
                    .title(title.getValue())
                    .problem(problem.getValue())
                    .solutionType(solutionType.getValue())
                    .trigger(trigger.getValue())
                    .steps(stepRows.stream().map(StepRow::value).toList())
                    .systems(systems.getValue())
                    .dataAndPrivacy(dataAndPrivacy.getValue())
                    .humanCheckpoints(humanCheckpoints.getValue())
                    .risks(risks.getValue())
                    .kpis(kpiRows.stream().map(KpiRow::value).toList())
                    .buildCost(buildCost.getValue())
                    .runningCostPerMonth(runningCost.getValue())
                    .expectedHoursPerMonth(expectedHours.getValue())
                    .expectedMoneyPerMonth(expectedMoney.getValue())
                    .savingsMethod(savingsMethod.getValue())
                    .hourlyCost(hourlyCost.getValue())
                    .baselineMinutesPerOccurrence(baselineMinutes.getValue())
                    .reviewMinutesPerRun(reviewMinutes.getValue())
                    .baselineMonthlyHours(baselineHours.getValue())
                    .hoursKpiKey(savingsMethod.getValue() == SavingsMethod.HOURS_KPI && chosenHoursKpi != null ? chosenHoursKpi.key : null)
                    .build();
            designs.saveContent(access.tenant().id(), number, revision, content);
            Notifications.success(getTranslation("design.editor.saved"));
            DesignNavigation.toRecord(access.tenant().slug(), number);
        });
    }

    private void addStep(WorkflowStep step) {
        StepRow row = new StepRow(step);
        stepRows.add(row);
        steps.add(row.layout);
    }

    private void addKpi(KpiSpec kpi) {
        KpiRow row = new KpiRow(kpi);
        kpiRows.add(row);
        kpis.add(row.layout);
        refreshHoursKpis(hoursKpi.getValue() == null ? null : hoursKpi.getValue().key);
    }

    private void moveStep(StepRow row, int offset) {
        int index = stepRows.indexOf(row);
        int target = index + offset;
        if (target < 0 || target >= stepRows.size()) {
            return;
        }
        stepRows.remove(index);
        stepRows.add(target, row);
        steps.removeAll();
        stepRows.forEach(r -> steps.add(r.layout));
    }

    /** One workflow step being edited: who acts, and what happens. */
    private final class StepRow {
        final Select<StepActor> actor = new Select<>();
        final TextField description = new TextField();
        final HorizontalLayout layout = new HorizontalLayout();

        StepRow(WorkflowStep step) {
            actor.setItems(StepActor.values());
            actor.setItemLabelGenerator(who -> getTranslation(who.textKey()));
            actor.setValue(step.actor());
            actor.setAriaLabel(getTranslation("design.editor.step.actor"));
            description.setValue(step.description() == null ? "" : step.description());
            description.setPlaceholder(getTranslation("design.editor.step.placeholder"));
            description.setAriaLabel(getTranslation("design.editor.step.description"));
            description.setWidthFull();
            Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> moveStep(this, -1));
            up.setAriaLabel(getTranslation("design.editor.step.up"));
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> moveStep(this, 1));
            down.setAriaLabel(getTranslation("design.editor.step.down"));
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                stepRows.remove(this);
                steps.remove(layout);
            });
            remove.setAriaLabel(getTranslation("design.editor.step.remove"));
            for (Button b : List.of(up, down, remove)) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            }
            layout.add(actor, description, up, down, remove);
            layout.setWidthFull();
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.addClassName("workflow-step-row");
        }

        WorkflowStep value() {
            return new WorkflowStep(actor.getValue(), description.getValue());
        }
    }

    /** One KPI being edited; its key stays with it so measurements keep pointing at it. */
    private final class KpiRow {
        final String key;
        final TextField name = new TextField(getTranslation("design.kpi.name"));
        final Select<KpiUnit> unit = new Select<>();
        final Select<KpiDirection> direction = new Select<>();
        final BigDecimalField baseline = new BigDecimalField(getTranslation("design.kpi.baseline"));
        final BigDecimalField target = new BigDecimalField(getTranslation("design.kpi.target"));
        final Select<KpiCadence> cadence = new Select<>();
        final HorizontalLayout layout = new HorizontalLayout();

        KpiRow(KpiSpec kpi) {
            key = kpi.key();
            name.setValue(kpi.name());
            unit.setLabel(getTranslation("design.kpi.unit"));
            unit.setItems(KpiUnit.values());
            unit.setItemLabelGenerator(u -> getTranslation(u.textKey()));
            unit.setValue(kpi.unit());
            direction.setLabel(getTranslation("design.kpi.direction"));
            direction.setItems(KpiDirection.values());
            direction.setItemLabelGenerator(d -> getTranslation(d.textKey()));
            direction.setValue(kpi.direction());
            baseline.setValue(kpi.baseline());
            target.setValue(kpi.target());
            cadence.setLabel(getTranslation("design.kpi.cadence"));
            cadence.setItems(KpiCadence.values());
            cadence.setItemLabelGenerator(c -> getTranslation(c.textKey()));
            cadence.setValue(kpi.cadence());
            name.addValueChangeListener(e -> refreshHoursKpis(hoursKpi.getValue() == null ? null : hoursKpi.getValue().key));
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                kpiRows.remove(this);
                kpis.remove(layout);
                refreshHoursKpis(hoursKpi.getValue() == null || hoursKpi.getValue() == this ? null : hoursKpi.getValue().key);
            });
            remove.setAriaLabel(getTranslation("design.kpi.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            layout.add(name, unit, direction, baseline, target, cadence, remove);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.setWrap(true);
            layout.addClassName("kpi-row");
        }

        KpiSpec value() {
            return new KpiSpec(key, name.getValue(), unit.getValue(), direction.getValue(),
                    Objects.requireNonNullElse(baseline.getValue(), BigDecimal.ZERO),
                    Objects.requireNonNullElse(target.getValue(), BigDecimal.ZERO), cadence.getValue());
        }
    }
}
