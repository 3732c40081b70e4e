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
        setHeaderTitle(getTranslation("audit.promote.title"));
        TextField title = new TextField(getTranslation("audit.promote.candidate-title"));
        BigDecimalField potential = new BigDecimalField(getTranslation("audit.promote.potential"));
        Select<Effort> effort = new Select<>();
        effort.setLabel(getTranslation("audit.promote.effort"));
        effort.setItems(Effort.values());
        effort.setItemLabelGenerator(e -> getTranslation(e.textKey()));
        effort.setValue(Effort.M);
        TextArea note = new TextArea(getTranslation("audit.promote.note"));
        Paragraph taskList = new Paragraph(getTranslation("audit.promote.tasks", String.join(", ", tasks.stream().map(TaskAnalysis::label).toList())));
        Paragraph saving = new Paragraph();
        saving.addClassName("expected-saving");
        Runnable update = () -> {
            BigDecimal percent = potential.getValue() == null ? BigDecimal.ZERO : potential.getValue();
            ExpectedSaving expected = ExpectedSaving.of(percent, tasks);
            saving.setText(getTranslation("audit.promote.expected-saving", AuditUi.hours(access, expected.hoursPerMonth()),
                    AuditUi.format(access).money(expected.moneyPerMonth())));
        };
        potential.addValueChangeListener(e -> update.run());
        update.run();
        add(new FormLayout(title, potential, effort, note), taskList, saving);
        Button save = new Button(getTranslation("audit.promote.promote"), click -> {
            UserFacingErrors.attempt(() -> {
                Candidate candidate = analysis.promote(access.tenant().id(), campaignId, new NewCandidate(title.getValue(),
                        potential.getValue(), effort.getValue(), note.getValue(), tasks.stream().map(TaskAnalysis::taskId).toList()));
                Notifications.success(getTranslation("audit.promote.promoted", candidate.title()));
                onSaved.run();
                close();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("audit.cancel"), click -> close()), save);
    }
}
