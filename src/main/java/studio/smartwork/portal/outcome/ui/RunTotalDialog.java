package studio.smartwork.portal.outcome.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.YearMonth;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.outcome.OutcomeService;
import studio.smartwork.portal.outcome.RunTotal;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.DatePickers;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.tenant.TenantAccess;

/** Records how often a solution ran in a month, or corrects a month recorded before. */
class RunTotalDialog extends Dialog {

    RunTotalDialog(OutcomeService outcomes, TenantAccess access, LiveSolution solution, @Nullable RunTotal editing,
            Runnable onSaved) {
        TenantFormat format = access.tenant().formatFor(getLocale());
        setHeaderTitle(getTranslation(editing == null ? "outcome.run-dialog.record" : "outcome.run-dialog.correct",
                solution.reference()));
        DatePicker month = new DatePicker(getTranslation("outcome.run-dialog.month"));
        DatePickers.inReadersWords(month, format);
        month.setHelperText(getTranslation("outcome.run-dialog.month-helper"));
        IntegerField runs = new IntegerField(getTranslation("outcome.run-dialog.runs"));
        IntegerField succeeded = new IntegerField(getTranslation("outcome.run-dialog.succeeded"));
        IntegerField failed = new IntegerField(getTranslation("outcome.run-dialog.failed"));
        if (editing != null) {
            month.setValue(editing.month().atDay(1));
            month.setReadOnly(true);
            runs.setValue(editing.runs());
            succeeded.setValue(editing.succeeded());
            failed.setValue(editing.failed());
        }
        add(new FormLayout(month, runs, succeeded, failed));
        Map<String, HasValidation> fields = Map.of("month", month, "runs", runs, "succeeded", succeeded, "failed", failed);
        Button save = new Button(getTranslation("outcome.save"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            FieldErrors.attempt(fields, () -> {
                RunTotal saved = outcomes.recordRunTotal(access.tenant().id(), solution.recordId(),
                        month.getValue() == null ? null : YearMonth.from(month.getValue()),
                        runs.getValue(), succeeded.getValue(), failed.getValue());
                Notifications.success(getTranslation("outcome.run-dialog.saved", format.month(saved.month())));
                onSaved.run();
                close();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("outcome.cancel"), click -> close()), save);
    }
}
