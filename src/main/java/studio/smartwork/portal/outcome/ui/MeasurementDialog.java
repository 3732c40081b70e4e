package studio.smartwork.portal.outcome.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.design.KpiDefinition;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.outcome.Measurement;
import studio.smartwork.portal.outcome.OutcomeService;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.tenant.TenantAccess;

/** Records a KPI's value for a month (or week), or corrects one recorded before. */
class MeasurementDialog extends Dialog {

    MeasurementDialog(OutcomeService outcomes, TenantAccess access, LiveSolution solution,
            @Nullable KpiDefinition kpi, @Nullable Measurement editing, Runnable onSaved) {
        TenantFormat format = access.tenant().format();
        setHeaderTitle((editing == null ? "Record measurement · " : "Correct measurement · ") + solution.reference());
        Select<KpiDefinition> kpiField = new Select<>();
        kpiField.setLabel("KPI");
        kpiField.setItems(solution.kpis());
        kpiField.setItemLabelGenerator(KpiDefinition::name);
        kpiField.setValue(kpi != null ? kpi : solution.kpis().isEmpty() ? null : solution.kpis().getFirst());
        kpiField.setReadOnly(editing != null);

        DatePicker period = new DatePicker("Period");
        period.setLocale(format.locale());
        period.setHelperText("Any day of the month, or of the week for weekly KPIs");
        BigDecimalField value = new BigDecimalField("Value");
        if (editing != null) {
            period.setValue(editing.periodStart());
            period.setReadOnly(true);
            value.setValue(editing.value());
        }
        kpiField.addValueChangeListener(e -> describe(value, e.getValue(), format));
        describe(value, kpiField.getValue(), format);

        add(new FormLayout(kpiField, period, value));
        Map<String, HasValidation> fields = Map.of("period", period, "value", value);
        Button save = new Button("Save", click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            if (kpiField.getValue() == null) {
                Notifications.error("Choose the KPI.");
                return;
            }
            FieldErrors.attempt(fields, () -> {
                Measurement saved = outcomes.recordMeasurement(access.tenant().id(), kpiField.getValue().id(),
                        period.getValue(), value.getValue());
                Notifications.success(kpiField.getValue().name() + " for "
                        + OutcomeFigures.period(format, kpiField.getValue().cadence(), saved.periodStart()) + " saved.");
                onSaved.run();
                close();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private static void describe(BigDecimalField value, @Nullable KpiDefinition kpi, TenantFormat format) {
        if (kpi == null) {
            value.setHelperText(null);
            return;
        }
        value.setHelperText("In " + switch (kpi.unit()) {
            case HOURS -> "hours";
            case MINUTES -> "minutes";
            case COUNT -> "a count";
            case PERCENT -> "percent (0–100)";
            case MONEY -> format.currency().getCurrencyCode();
        } + "; baseline " + OutcomeFigures.value(format, kpi, kpi.baseline())
                + ", target " + OutcomeFigures.value(format, kpi, kpi.target()));
    }
}
