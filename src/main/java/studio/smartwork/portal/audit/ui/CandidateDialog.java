package studio.smartwork.portal.audit.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import studio.smartwork.portal.audit.AuditAnalysis;
import studio.smartwork.portal.audit.Candidate;
import studio.smartwork.portal.audit.Effort;
import studio.smartwork.portal.audit.ExpectedSaving;
import studio.smartwork.portal.audit.NewCandidate;
import studio.smartwork.portal.audit.TaskAnalysis;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * An automation candidate's title, potential, effort, note and tasks: filled in to promote the
 * tasks chosen in the analysis, or to change a candidate. The expected saving is shown as it is
 * filled in, from the analysis's figures of the tasks ({@link ExpectedSaving}).
 */
class CandidateDialog extends Dialog {

    private final TextField title = new TextField(getTranslation("audit.promote.candidate-title"));
    private final BigDecimalField potential = new BigDecimalField(getTranslation("audit.promote.potential"));
    private final Select<Effort> effort = new Select<>();
    private final TextArea note = new TextArea(getTranslation("audit.promote.note"));
    private final Paragraph saving = new Paragraph();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    private CandidateDialog(String heading) {
        setHeaderTitle(heading);
        effort.setLabel(getTranslation("audit.promote.effort"));
        effort.setItems(Effort.values());
        effort.setItemLabelGenerator(e -> getTranslation(e.textKey()));
        effort.setValue(Effort.M);
        note.setWidthFull();
        saving.addClassName("expected-saving");
        fields.putAll(Map.of("title", title, "potential", potential, "effort", effort, "note", note));
    }

    /** Promotes the tasks chosen in the analysis. */
    static CandidateDialog promote(AuditAnalysis analysis, TenantAccess access, long campaignId, List<TaskAnalysis> tasks,
            Runnable onSaved) {
        CandidateDialog dialog = new CandidateDialog(Texts.t("audit.promote.title"));
        dialog.whileFilledIn(access, () -> tasks);
        dialog.add(new FormLayout(dialog.title, dialog.potential, dialog.effort, dialog.note),
                new Paragraph(dialog.getTranslation("audit.promote.tasks", String.join(", ", tasks.stream().map(TaskAnalysis::label).toList()))),
                dialog.saving);
        dialog.footer(dialog.getTranslation("audit.promote.promote"), () -> {
            Candidate candidate = analysis.promote(access.tenant().id(), campaignId, dialog.filledIn(tasks.stream().map(TaskAnalysis::taskId).toList()));
            Notifications.success(dialog.getTranslation("audit.promote.promoted", candidate.title()));
        }, onSaved);
        return dialog;
    }

    /**
     * Changes a candidate. Its tasks are chosen among the campaign's analysed tasks and the ones
     * it already has (a task may have no time in the window any more).
     */
    static CandidateDialog change(AuditAnalysis analysis, TenantAccess access, Candidate candidate, Collection<TaskAnalysis> campaignTasks,
            Runnable onSaved) {
        CandidateDialog dialog = new CandidateDialog(Texts.t("audit.glance.candidate.change-title", candidate.title()));
        Map<Long, String> labels = new LinkedHashMap<>();
        Map<Long, TaskAnalysis> figures = new LinkedHashMap<>();
        for (TaskAnalysis task : campaignTasks) {
            labels.put(task.taskId(), task.label());
            figures.put(task.taskId(), task);
        }
        for (int i = 0; i < candidate.taskIds().size(); i++) {
            labels.putIfAbsent(candidate.taskIds().get(i), candidate.taskLabels().get(i));
        }
        MultiSelectComboBox<Long> tasks = new MultiSelectComboBox<>(dialog.getTranslation("audit.glance.candidate.tasks"));
        tasks.setItems(new ArrayList<>(labels.keySet()));
        tasks.setItemLabelGenerator(labels::get);
        tasks.setValue(candidate.taskIds());
        tasks.setWidthFull();
        dialog.fields.put("tasks", tasks);
        dialog.title.setValue(candidate.title());
        dialog.potential.setValue(candidate.potentialPercent());
        dialog.effort.setValue(candidate.effort());
        dialog.note.setValue(candidate.note() == null ? "" : candidate.note());
        Runnable update = dialog.whileFilledIn(access, () -> tasks.getValue().stream().filter(figures::containsKey).map(figures::get).toList());
        tasks.addValueChangeListener(e -> update.run());
        dialog.add(new FormLayout(dialog.title, dialog.potential, dialog.effort, dialog.note, tasks), dialog.saving);
        dialog.footer(dialog.getTranslation("audit.save"), () -> {
            Candidate changed = analysis.changeCandidate(access.tenant().id(), candidate.id(), candidate.version(),
                    dialog.filledIn(List.copyOf(tasks.getValue())));
            Notifications.success(dialog.getTranslation("audit.glance.candidate.changed", changed.title()));
        }, onSaved);
        return dialog;
    }

    /** Keeps the expected saving up to date with the potential; returns what updates it, for other fields that change it. */
    private Runnable whileFilledIn(TenantAccess access, Supplier<List<TaskAnalysis>> tasks) {
        Runnable update = () -> {
            BigDecimal percent = potential.getValue() == null ? BigDecimal.ZERO : potential.getValue();
            ExpectedSaving expected = ExpectedSaving.of(percent, tasks.get());
            saving.setText(getTranslation("audit.promote.expected-saving", AuditUi.hours(access, expected.hoursPerMonth()),
                    AuditUi.format(access).money(expected.moneyPerMonth())));
        };
        potential.addValueChangeListener(e -> update.run());
        update.run();
        return update;
    }

    private NewCandidate filledIn(List<Long> taskIds) {
        return new NewCandidate(title.getValue(), potential.getValue(), effort.getValue(), note.getValue(), taskIds);
    }

    private void footer(String saveText, Runnable save, Runnable onSaved) {
        Button button = new Button(saveText, click -> {
            if (FieldErrors.attempt(fields, save)) {
                onSaved.run();
                close();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("audit.cancel"), click -> close()), button);
    }
}
