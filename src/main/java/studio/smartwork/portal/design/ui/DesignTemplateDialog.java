package studio.smartwork.portal.design.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.design.DesignContent.StepActor;
import studio.smartwork.portal.design.DesignTemplate;
import studio.smartwork.portal.design.DesignTemplateContent;
import studio.smartwork.portal.design.DesignTemplateContent.KpiBaseline;
import studio.smartwork.portal.design.DesignTemplateContent.TemplateKpi;
import studio.smartwork.portal.design.DesignTemplateContent.TemplateRisk;
import studio.smartwork.portal.design.DesignTemplateContent.TemplateStep;
import studio.smartwork.portal.design.DesignTemplates;
import studio.smartwork.portal.design.KpiDefinition.KpiCadence;
import studio.smartwork.portal.design.KpiDefinition.KpiDirection;
import studio.smartwork.portal.design.KpiDefinition.KpiUnit;
import studio.smartwork.portal.design.SolutionType;
import studio.smartwork.portal.design.TemplateText;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.Notifications;

/**
 * Adds a template to the library or changes one (saved as its next version), every text in
 * English and Spanish side by side; the versions so far are listed under the form.
 */
class DesignTemplateDialog extends Dialog {

    private final Select<SolutionType> type = new Select<>();
    private final Bilingual name;
    private final Bilingual summary;
    private final Bilingual trigger;
    private final Bilingual systems;
    private final Bilingual dataAndPrivacy;
    private final Bilingual humanCheckpoints;
    private final VerticalLayout stepRows = new VerticalLayout();
    private final VerticalLayout riskRows = new VerticalLayout();
    private final VerticalLayout kpiRows = new VerticalLayout();
    private final List<StepRow> steps = new ArrayList<>();
    private final List<RiskRow> risks = new ArrayList<>();
    private final List<KpiRow> kpis = new ArrayList<>();

    DesignTemplateDialog(DesignTemplates templates, @Nullable DesignTemplate editing, Runnable saved) {
        setHeaderTitle(editing == null ? getTranslation("design.templates.add")
                : getTranslation("design.templates.editing", editing.content().name().english(), editing.version()));
        DesignTemplateContent content = editing == null ? new DesignTemplateContent(null, null, null, null, null, null, null, null, null, null)
                : editing.content();
        type.setLabel(getTranslation("design.templates.column.type"));
        type.setItems(SolutionType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.textKey()));
        type.setValue(content.solutionType());
        name = new Bilingual("design.templates.field.name", content.name(), false);
        summary = new Bilingual("design.templates.field.summary", content.summary(), true);
        trigger = new Bilingual("design.field.trigger", content.trigger(), true);
        systems = new Bilingual("design.field.systems", content.systems(), true);
        dataAndPrivacy = new Bilingual("design.field.data-and-privacy", content.dataAndPrivacy(), true);
        humanCheckpoints = new Bilingual("design.field.human-checkpoints", content.humanCheckpoints(), true);
        FormLayout about = new FormLayout(type);
        about.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
        about.setColspan(type, 2);
        for (Bilingual text : List.of(name, summary, trigger, systems, dataAndPrivacy, humanCheckpoints)) {
            about.add(text.english, text.spanish);
        }
        add(about);

        stepRows.setPadding(false);
        riskRows.setPadding(false);
        kpiRows.setPadding(false);
        content.steps().forEach(this::addStep);
        content.risks().forEach(this::addRisk);
        content.kpis().forEach(this::addKpi);
        add(new H4(getTranslation("design.field.steps")), stepRows, new Button(getTranslation("design.templates.add-step"),
                VaadinIcon.PLUS.create(), click -> addStep(new TemplateStep(StepActor.AI, TemplateText.empty()))));
        add(new H4(getTranslation("design.field.risks")), riskRows, new Button(getTranslation("design.templates.add-risk"),
                VaadinIcon.PLUS.create(), click -> addRisk(new TemplateRisk(TemplateText.empty(), TemplateText.empty()))));
        add(new H4(getTranslation("design.field.kpis")), kpiRows, new Button(getTranslation("design.templates.add-kpi"),
                VaadinIcon.PLUS.create(), click -> addKpi(new TemplateKpi(TemplateText.empty(), KpiUnit.HOURS,
                        KpiDirection.LOWER_IS_BETTER, KpiCadence.MONTHLY, KpiBaseline.MEASURED_BEFORE_LAUNCH))));
        if (editing != null) {
            add(new H4(getTranslation("design.templates.versions")));
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneOffset.UTC);
            templates.versions(editing.id()).forEach(v -> add(new Paragraph(getTranslation("design.templates.version-line", v.version(),
                    v.changedBy().isEmpty() ? getTranslation("design.templates.built-in") : v.changedBy(), when.format(v.changedAt()) + " UTC"))));
        }

        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("name", name.english);
        fields.put("summary", summary.english);
        fields.put("trigger", trigger.english);
        fields.put("systems", systems.english);
        fields.put("dataAndPrivacy", dataAndPrivacy.english);
        fields.put("humanCheckpoints", humanCheckpoints.english);
        Button save = new Button(getTranslation("design.templates.save"), click -> FieldErrors.attempt(fields, () -> {
            DesignTemplate result = editing == null ? templates.add(content())
                    : templates.change(editing.id(), editing.version(), content());
            Notifications.success(getTranslation("design.templates.saved", result.content().name().english(), result.version()));
            close();
            saved.run();
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("design.cancel"), click -> close()), save);
        setWidth("min(95vw, 1000px)");
    }

    private DesignTemplateContent content() {
        return new DesignTemplateContent(name.value(), summary.value(), type.getValue(), trigger.value(),
                steps.stream().map(r -> new TemplateStep(r.actor.getValue(), r.description.value())).toList(),
                systems.value(), dataAndPrivacy.value(), humanCheckpoints.value(),
                risks.stream().map(r -> new TemplateRisk(r.risk.value(), r.mitigation.value())).toList(),
                kpis.stream().map(r -> new TemplateKpi(r.name.value(), r.unit.getValue(), r.direction.getValue(), r.cadence.getValue(),
                        r.baseline.getValue())).toList());
    }

    private void addStep(TemplateStep step) {
        StepRow row = new StepRow(step);
        steps.add(row);
        stepRows.add(row.layout);
    }

    private void addRisk(TemplateRisk risk) {
        RiskRow row = new RiskRow(risk);
        risks.add(row);
        riskRows.add(row.layout);
    }

    private void addKpi(TemplateKpi kpi) {
        KpiRow row = new KpiRow(kpi);
        kpis.add(row);
        kpiRows.add(row.layout);
    }

    private Button remove(Runnable removal) {
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> removal.run());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("design.templates.remove"));
        return remove;
    }

    /** One text of the template as two fields, English and Spanish, labelled with the language. */
    private final class Bilingual {
        final com.vaadin.flow.component.textfield.TextFieldBase<?, String> english;
        final com.vaadin.flow.component.textfield.TextFieldBase<?, String> spanish;

        Bilingual(String labelKey, TemplateText text, boolean prose) {
            english = prose ? new TextArea() : new TextField();
            spanish = prose ? new TextArea() : new TextField();
            english.setLabel(getTranslation("design.templates.in-english", getTranslation(labelKey)));
            spanish.setLabel(getTranslation("design.templates.in-spanish", getTranslation(labelKey)));
            english.setValue(text.english());
            spanish.setValue(text.spanish());
            english.setWidthFull();
            spanish.setWidthFull();
        }

        TemplateText value() {
            return new TemplateText(english.getValue(), spanish.getValue());
        }
    }

    private final class StepRow {
        final Select<StepActor> actor = new Select<>();
        final Bilingual description;
        final HorizontalLayout layout;

        StepRow(TemplateStep step) {
            actor.setItems(StepActor.values());
            actor.setItemLabelGenerator(a -> getTranslation(a.textKey()));
            actor.setLabel(getTranslation("design.templates.field.actor"));
            actor.setValue(step.actor());
            description = new Bilingual("design.templates.field.step", step.description(), false);
            layout = new HorizontalLayout(actor, description.english, description.spanish);
            layout.add(remove(() -> {
                steps.remove(this);
                stepRows.remove(layout);
            }));
            layout.setWidthFull();
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        }
    }

    private final class RiskRow {
        final Bilingual risk;
        final Bilingual mitigation;
        final HorizontalLayout layout;

        RiskRow(TemplateRisk value) {
            risk = new Bilingual("design.templates.field.risk", value.risk(), false);
            mitigation = new Bilingual("design.templates.field.mitigation", value.mitigation(), false);
            layout = new HorizontalLayout(risk.english, risk.spanish, mitigation.english, mitigation.spanish);
            layout.add(remove(() -> {
                risks.remove(this);
                riskRows.remove(layout);
            }));
            layout.setWidthFull();
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        }
    }

    private final class KpiRow {
        final Bilingual name;
        final Select<KpiUnit> unit = select("design.kpi.unit", KpiUnit.values(), KpiUnit::textKey);
        final Select<KpiDirection> direction = select("design.kpi.direction", KpiDirection.values(), KpiDirection::textKey);
        final Select<KpiCadence> cadence = select("design.kpi.cadence", KpiCadence.values(), KpiCadence::textKey);
        final Select<KpiBaseline> baseline = select("design.templates.field.baseline", KpiBaseline.values(), KpiBaseline::textKey);
        final HorizontalLayout layout;

        KpiRow(TemplateKpi kpi) {
            name = new Bilingual("design.kpi.name", kpi.name(), false);
            unit.setValue(kpi.unit());
            direction.setValue(kpi.direction());
            cadence.setValue(kpi.cadence());
            baseline.setValue(kpi.baseline());
            layout = new HorizontalLayout(name.english, name.spanish, unit, direction, cadence, baseline);
            layout.add(remove(() -> {
                kpis.remove(this);
                kpiRows.remove(layout);
            }));
            layout.setWidthFull();
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        }
    }

    private <T> Select<T> select(String labelKey, T[] values, java.util.function.Function<T, String> textKey) {
        Select<T> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> getTranslation(textKey.apply(v)));
        return select;
    }
}
