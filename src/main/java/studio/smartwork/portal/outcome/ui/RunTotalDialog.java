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
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.tenant.TenantAccess;

/** Records how often a solution ran in a month, or corrects a month recorded before. */
class RunTotalDialog extends Dialog {

    RunTotalDialog(OutcomeService outcomes, TenantAccess access, LiveSolution solution, @Nullable RunTotal editing,
            Runnable onSaved) {
        setHeaderTitle((editing == null ? "Record run totals · " : "Correct run totals · ") + solution.reference());
        DatePicker month = new DatePicker("Month");
        month.setLocale(access.tenant().format().locale());
        month.setHelperText("Any day of the month");
        IntegerField runs = new IntegerField("Runs");
        IntegerField succeeded = new IntegerField("Succeeded");
        IntegerField failed = new IntegerField("Failed");
        if (editing != null) {
            month.setValue(editing.month().atDay(1));
            month.setReadOnly(true);
            runs.setValue(editing.runs());
            succeeded.setValue(editing.succeeded());
            failed.setValue(editing.failed());
        }
        add(new FormLayout(month, runs, succeeded, failed));
        Map<String, HasValidation> fields = Map.of("month", month, "runs", runs, "succeeded", succeeded, "failed", failed);
        Button save = new Button("Save", click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            FieldErrors.attempt(fields, () -> {
                RunTotal saved = outcomes.recordRunTotal(access.tenant().id(), solution.recordId(),
                        month.getValue() == null ? null : YearMonth.from(month.getValue()),
                        runs.getValue(), succeeded.getValue(), failed.getValue());
                Notifications.success("Runs of " + access.tenant().format().month(saved.month()) + " saved.");
                onSaved.run();
                close();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
