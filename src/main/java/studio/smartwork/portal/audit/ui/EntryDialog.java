package studio.smartwork.portal.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import studio.smartwork.portal.audit.AuditTask;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.NewTimeEntry;
import studio.smartwork.portal.audit.TimeEntry;
import studio.smartwork.portal.audit.TimeLog;
import studio.smartwork.portal.shared.ChangedMeanwhileException;
import studio.smartwork.portal.shared.ui.DatePickers;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.UserFacingErrors;
import studio.smartwork.portal.tenant.TenantAccess;

/** Changes one of the signed-in person's own entries. */
class EntryDialog extends Dialog {

    EntryDialog(TimeLog timeLog, TenantAccess access, Campaign campaign, List<AuditTask> tasks, TimeEntry entry, Runnable onSaved) {
        setHeaderTitle(getTranslation("audit.log.entry.change"));
        DatePicker date = new DatePicker(getTranslation("audit.log.date"), entry.date());
        DatePickers.inReadersWords(date, access.tenant().formatFor(getLocale()));
        date.setMin(campaign.startsOn());
        date.setMax(campaign.endsOn());
        ComboBox<AuditTask> task = new ComboBox<>(getTranslation("audit.log.task"), tasks);
        task.setItemLabelGenerator(AuditTask::label);
        task.setValue(tasks.stream().filter(t -> t.id() == entry.taskId()).findFirst().orElse(null));
        IntegerField minutes = new IntegerField(getTranslation("audit.log.minutes"));
        minutes.setValue(entry.minutes());
        IntegerField occurrences = new IntegerField(getTranslation("audit.log.times"));
        occurrences.setValue(entry.occurrences());
        TextField note = new TextField(getTranslation("audit.log.note"));
        note.setValue(entry.note() == null ? "" : entry.note());
        add(new FormLayout(date, task, minutes, occurrences, note));
        Button save = new Button(getTranslation("audit.save"), click -> {
            UserFacingErrors.attempt(() -> {
                try {
                    timeLog.change(access.tenant().id(), campaign.id(), entry.asSeen(), new NewTimeEntry(date.getValue(),
                            task.getValue() == null ? null : task.getValue().id(), minutes.getValue(), occurrences.getValue(),
                            note.getValue()));
                    Notifications.success(getTranslation("audit.log.entry.changed"));
                    onSaved.run();
                    close();
                } catch (ChangedMeanwhileException meanwhile) {
                    // The entry changed under the dialog: it closes on the list as it is now.
                    onSaved.run();
                    close();
                    throw meanwhile;
                }
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("audit.cancel"), click -> close()), save);
    }
}
