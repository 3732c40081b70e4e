package studio.smartwork.portal.audit.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studio.smartwork.portal.audit.AuditTask;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.LiveTimer;
import studio.smartwork.portal.audit.RunningTimer;
import studio.smartwork.portal.audit.TimeEntry;
import studio.smartwork.portal.audit.TimeLog;
import studio.smartwork.portal.audit.TimerStarted;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.shared.ui.UserFacingErrors;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * The live timer on the log page and the overview: start it on a task, see it run, stop it into
 * an entry with an optional note. What it shows is read from the server each time the panel is
 * attached, so a timer started on a phone shows on the laptop. The running time ticks in the
 * browser; the server's start time is what counts when it stops.
 */
public class TimerPanel extends Div {

    private final LiveTimer timer;
    private final TenantAccess access;
    private final Campaign campaign;
    private final List<AuditTask> tasks;
    private final Runnable afterEntry;
    private final TenantFormat format;

    public TimerPanel(LiveTimer timer, TenantAccess access, Campaign campaign, List<AuditTask> tasks, Runnable afterEntry) {
        this.timer = timer;
        this.access = access;
        this.campaign = campaign;
        this.tasks = tasks;
        this.afterEntry = afterEntry;
        this.format = access.tenant().formatFor(Texts.locale());
        addClassName("timer-panel");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        show();
    }

    /** Reads the timer again and shows it: idle, running, or left running and waiting for a decision. */
    public void show() {
        removeAll();
        add(new H3(Texts.t("audit.timer.title")));
        Optional<RunningTimer> running = UserFacingErrors.attemptToGet(() -> timer.running(access.tenant().id())).flatMap(o -> o);
        if (running.isEmpty()) {
            showIdle();
        } else if (running.get().leftRunning()) {
            showRunning(running.get());
            askWhatToKeep(running.get());
        } else {
            showRunning(running.get());
        }
    }

    private void showIdle() {
        ComboBox<AuditTask> task = new ComboBox<>(Texts.t("audit.timer.task"));
        task.setItems(tasks);
        task.setItemLabelGenerator(AuditTask::label);
        task.setWidthFull();
        task.setId("timer-task");
        Button start = new Button(Texts.t("audit.timer.start"), VaadinIcon.PLAY.create());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("timer-start");
        start.addClickListener(click -> {
            if (task.getValue() == null) {
                task.setErrorMessage(Texts.t("audit.timer.choose-task"));
                task.setInvalid(true);
                return;
            }
            FieldErrors.attempt(Map.of("task", task), () -> {
                TimerStarted started = timer.start(access.tenant().id(), campaign.id(), task.getValue().id());
                if (started.stoppedInto() != null) {
                    entryMade(started.stoppedInto());
                }
                show();
            });
        });
        add(row(task, start));
    }

    private void showRunning(RunningTimer running) {
        Span task = new Span(running.taskLabel());
        task.addClassName("timer-task-label");
        Span elapsed = new Span(clock(running.elapsedSeconds()));
        elapsed.addClassName("timer-elapsed");
        elapsed.setId("timer-elapsed");
        elapsed.getElement().setAttribute("role", "timer");
        elapsed.getElement().setAttribute("aria-label", Texts.t("audit.timer.elapsed-label"));
        // Ticks in the browser from the server's reading; the server's start time is what counts.
        elapsed.getElement().executeJs("""
                const el = this; const from = Date.now() - $0 * 1000;
                clearInterval(el.__tick);
                el.__tick = setInterval(() => {
                  if (!el.isConnected) { clearInterval(el.__tick); return; }
                  const s = Math.floor((Date.now() - from) / 1000);
                  const h = Math.floor(s / 3600), m = Math.floor(s % 3600 / 60), sec = s % 60;
                  el.textContent = h + ':' + String(m).padStart(2, '0') + ':' + String(sec).padStart(2, '0');
                }, 1000);""", running.elapsedSeconds());
        Span since = new Span(Texts.t("audit.timer.since", format.time(running.startedAt())));
        since.addClassName("timer-since");
        TextField note = new TextField(Texts.t("audit.timer.note"));
        note.setMaxLength(TimeLog.MAX_NOTE);
        note.setWidthFull();
        note.setId("timer-note");
        Button stop = new Button(Texts.t("audit.timer.stop"), VaadinIcon.STOP.create());
        stop.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stop.setId("timer-stop");
        stop.setEnabled(!running.leftRunning());
        stop.addClickListener(click -> FieldErrors.attempt(Map.of("note", note), () -> {
            entryMade(timer.stop(access.tenant().id(), null, note.getValue()));
            show();
        }));
        Button discard = new Button(Texts.t("audit.timer.discard"), click -> UserFacingErrors.attempt(() -> {
            timer.discard(access.tenant().id());
            Notifications.success(Texts.t("audit.timer.discarded"));
            show();
        }));
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div running1 = new Div(task, elapsed, since);
        running1.addClassName("timer-running");
        add(running1, row(note, stop, discard));
    }

    private void askWhatToKeep(RunningTimer running) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(Texts.t("audit.timer.left-running.title"));
        dialog.add(new Paragraph(Texts.t("audit.timer.left-running.text", running.taskLabel(), format.date(running.day()),
                format.time(running.startedAt()))));
        IntegerField minutes = new IntegerField(Texts.t("audit.timer.left-running.minutes"));
        minutes.setValue(running.suggestedMinutes());
        minutes.setMin(1);
        minutes.setMax(TimeLog.MAX_MINUTES);
        minutes.setStepButtonsVisible(true);
        minutes.setId("timer-keep-minutes");
        TextField note = new TextField(Texts.t("audit.timer.note"));
        note.setMaxLength(TimeLog.MAX_NOTE);
        note.setWidthFull();
        dialog.add(minutes, note);
        Button keep = new Button(Texts.t("audit.timer.left-running.keep"), click -> FieldErrors.attempt(
                Map.of("minutes", minutes, "note", note), () -> {
                    entryMade(timer.stop(access.tenant().id(), minutes.getValue(), note.getValue()));
                    dialog.close();
                    show();
                }));
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button(Texts.t("audit.timer.left-running.discard"), click -> UserFacingErrors.attempt(() -> {
            timer.discard(access.tenant().id());
            dialog.close();
            show();
        }));
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(discard, keep);
        dialog.open();
    }

    private void entryMade(TimeEntry entry) {
        Notifications.success(Texts.t("audit.timer.entry-made", entry.minutes(), entry.taskLabel(), format.date(entry.date())));
        afterEntry.run();
    }

    private static FlexLayout row(com.vaadin.flow.component.Component... parts) {
        FlexLayout row = new FlexLayout(parts);
        // Wraps on a phone instead of scrolling sideways.
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        row.setWidthFull();
        return row;
    }

    /** Running time as a stopwatch shows it: 0:12:05. */
    static String clock(long seconds) {
        return "%d:%02d:%02d".formatted(seconds / 3600, seconds % 3600 / 60, seconds % 60);
    }
}
