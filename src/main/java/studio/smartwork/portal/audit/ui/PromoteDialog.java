package studio.smartwork.portal.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import studio.smartwork.portal.audit.AuditAnalysis;
import studio.smartwork.portal.audit.Candidate;
import studio.smartwork.portal.audit.Effort;
import studio.smartwork.portal.audit.ExpectedSaving;
import studio.smartwork.portal.audit.NewCandidate;
import studio.smartwork.portal.audit.TaskAnalysis;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.UserFacingErrors;
import studio.smartwork.portal.tenant.TenantAccess;

/** Promotes the chosen tasks to an automation candidate, showing the expected saving as it is filled in. */
class PromoteDialog extends Dialog {

    PromoteDialog(AuditAnalysis analysis, TenantAccess access, long campaignId, List<TaskAnalysis> tasks, Runnable onSaved) {
        setHeaderTitle("Promote to automation candidate");
        TextField title = new TextField("Title");
        BigDecimalField potential = new BigDecimalField("Automation potential (%)");
        Select<Effort> effort = new Select<>();
        effort.setLabel("Effort");
        effort.setItems(Effort.values());
        effort.setItemLabelGenerator(Effort::label);
        effort.setValue(Effort.M);
        TextArea note = new TextArea("Note");
        Paragraph taskList = new Paragraph("Tasks: " + String.join(", ", tasks.stream().map(TaskAnalysis::label).toList()));
        Paragraph saving = new Paragraph();
        saving.addClassName("expected-saving");
        Runnable update = () -> {
            BigDecimal percent = potential.getValue() == null ? BigDecimal.ZERO : potential.getValue();
            ExpectedSaving expected = ExpectedSaving.of(percent, tasks);
            saving.setText("Expected saving: " + AuditUi.hours(access, expected.hoursPerMonth()) + " and "
                    + access.tenant().format().money(expected.moneyPerMonth()) + " per month");
        };
        potential.addValueChangeListener(e -> update.run());
        update.run();
        add(new FormLayout(title, potential, effort, note), taskList, saving);
        Button save = new Button("Promote", click -> {
            UserFacingErrors.attempt(() -> {
                Candidate candidate = analysis.promote(access.tenant().id(), campaignId, new NewCandidate(title.getValue(),
                        potential.getValue(), effort.getValue(), note.getValue(), tasks.stream().map(TaskAnalysis::taskId).toList()));
                Notifications.success(candidate.title() + " is now an automation candidate.");
                onSaved.run();
                close();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
