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
import studio.smartwork.portal.shared.ui.DatePickers;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.tenant.TenantAccess;

/** Records a KPI's value for a month (or week), or corrects one recorded before. */
class MeasurementDialog extends Dialog {

    MeasurementDialog(OutcomeService outcomes, TenantAccess access, LiveSolution solution,
            @Nullable KpiDefinition kpi, @Nullable Measurement editing, Runnable onSaved) {
        TenantFormat format = access.tenant().formatFor(getLocale());
        setHeaderTitle(getTranslation(editing == null ? "outcome.measurement-dialog.record" : "outcome.measurement-dialog.correct",
                solution.reference()));
        Select<KpiDefinition> kpiField = new Select<>();
        kpiField.setLabel(getTranslation("outcome.measurement-dialog.kpi"));
        kpiField.setItems(solution.kpis());
        kpiField.setItemLabelGenerator(KpiDefinition::name);
        kpiField.setValue(kpi != null ? kpi : solution.kpis().isEmpty() ? null : solution.kpis().getFirst());
        kpiField.setReadOnly(editing != null);

        DatePicker period = new DatePicker(getTranslation("outcome.measurement-dialog.period"));
        DatePickers.inReadersWords(period, format);
        period.setHelperText(getTranslation("outcome.measurement-dialog.period-helper"));
        BigDecimalField value = new BigDecimalField(getTranslation("outcome.measurement-dialog.value"));
        if (editing != null) {
            period.setValue(editing.periodStart());
            period.setReadOnly(true);
            value.setValue(editing.value());
        }
        kpiField.addValueChangeListener(e -> describe(value, e.getValue(), format));
        describe(value, kpiField.getValue(), format);

        add(new FormLayout(kpiField, period, value));
        Map<String, HasValidation> fields = Map.of("period", period, "value", value);
        Button save = new Button(getTranslation("outcome.save"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            if (kpiField.getValue() == null) {
                Notifications.error(getTranslation("outcome.measurement-dialog.choose-kpi"));
                return;
            }
            FieldErrors.attempt(fields, () -> {
                Measurement saved = outcomes.recordMeasurement(access.tenant().id(), kpiField.getValue().id(),
                        period.getValue(), value.getValue());
                Notifications.success(getTranslation("outcome.measurement-dialog.saved", kpiField.getValue().name(),
                        OutcomeFigures.period(format, kpiField.getValue().cadence(), saved.periodStart())));
                onSaved.run();
                close();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("outcome.cancel"), click -> close()), save);
    }

    private void describe(BigDecimalField value, @Nullable KpiDefinition kpi, TenantFormat format) {
        if (kpi == null) {
            value.setHelperText(null);
            return;
        }
        String unit = switch (kpi.unit()) {
            case HOURS -> getTranslation("outcome.unit.hours");
            case MINUTES -> getTranslation("outcome.unit.minutes");
            case COUNT -> getTranslation("outcome.unit.count");
            case PERCENT -> getTranslation("outcome.unit.percent");
            case MONEY -> getTranslation("outcome.unit.money", format.currency().getCurrencyCode());
        };
        value.setHelperText(getTranslation("outcome.measurement-dialog.value-helper", unit,
                OutcomeFigures.value(format, kpi, kpi.baseline()), OutcomeFigures.value(format, kpi, kpi.target())));
    }
}
