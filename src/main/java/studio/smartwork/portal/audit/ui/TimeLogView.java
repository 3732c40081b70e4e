package studio.smartwork.portal.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.AuditProcess;
import studio.smartwork.portal.audit.AuditTask;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.LiveTimer;
import studio.smartwork.portal.audit.NewTimeEntry;
import studio.smartwork.portal.audit.SimilarTasks;
import studio.smartwork.portal.audit.TaskCatalogue;
import studio.smartwork.portal.audit.TaskRating;
import studio.smartwork.portal.audit.TimeEntry;
import studio.smartwork.portal.audit.TimeLog;
import studio.smartwork.portal.audit.WeekCell;
import studio.smartwork.portal.shared.ChangedMeanwhileException;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.ui.DatePickers;
import studio.smartwork.portal.shared.ui.GridPages;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shared.ui.UserFacingErrors;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * Where a participant logs their own time: a quick form, a weekly grid (tasks × days),
 * their entries, and their ratings of the tasks they do. Nobody sees anyone else's here.
 */
@Route(value = "audit/:" + AuditNavigation.CAMPAIGN_PARAMETER + "([0-9]+)/log", layout = TenantLayout.class)
@PermitAll
public class TimeLogView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuditCampaigns campaigns;
    private final TaskCatalogue catalogue;
    private final TimeLog timeLog;
    private final LiveTimer liveTimer;
    private final SimilarTasks similar;
    private TenantAccess access;
    private Campaign campaign;
    private List<AuditTask> tasks = List.of();

    private final ComboBox<AuditTask> quickTask = new ComboBox<>();
    private final ComboBox<AuditTask> ratingTask = new ComboBox<>();
    private final ComboBox<AuditTask> weekTask = new ComboBox<>();
    private final ComboBox<LocalDate> week = new ComboBox<>();
    private final Div weekGrid = new Div();
    private final Grid<TimeEntry> entries = new Grid<>();
    private final Grid<TaskRating> ratings = new Grid<>();
    private final List<Long> weekRows = new ArrayList<>();
    private final Map<Day, IntegerField[]> weekFields = new LinkedHashMap<>();
    private final Map<Day, WeekCell> weekLoaded = new HashMap<>();

    /** A cell of the grid: a task on a day. */
    private record Day(long taskId, LocalDate date) {
    }

    TimeLogView(AuditCampaigns campaigns, TaskCatalogue catalogue, TimeLog timeLog, LiveTimer liveTimer, SimilarTasks similar) {
        this.similar = similar;
        this.campaigns = campaigns;
        this.catalogue = catalogue;
        this.timeLog = timeLog;
        this.liveTimer = liveTimer;
        entries.setId("my-entries");
        quickTask.setId("quick-task");
        ratingTask.setId("rating-task");
        ratings.setId("my-ratings");
        setPadding(false);
        addClassName("time-log-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        access = TenantLayout.current();
        campaign = campaigns.campaign(access.tenant().id(), AuditNavigation.campaignId(event));
        if (!access.role().isClient()) {
            throw new TenantNotFoundException();
        }
        build();
    }

    private void build() {
        removeAll();
        add(new H3(getTranslation("audit.log.title", campaign.name())));
        add(new Span(campaign.open() ? AuditUi.window(access, campaign) : getTranslation("audit.log.window-closed", AuditUi.window(access, campaign))));
        quickTask.setLabel(getTranslation("audit.log.task"));
        ratingTask.setLabel(getTranslation("audit.log.task"));
        weekTask.setLabel(getTranslation("audit.log.week.add-task"));
        week.setLabel(getTranslation("audit.log.week"));
        tasks = catalogue.tasks(access.tenant().id());
        for (ComboBox<AuditTask> box : List.of(quickTask, ratingTask, weekTask)) {
            box.setItems(tasks);
            box.setItemLabelGenerator(AuditTask::label);
            box.setWidth("24em");
        }
        if (campaign.open()) {
            add(new TimerPanel(liveTimer, access, campaign, tasks, this::refresh));
        }
        add(quickForm(), proposeForm(), weekSection(), entriesSection(), ratingSection());
        refresh();
    }

    // --- Quick form --------------------------------------------------------------------------

    private Component quickForm() {
        DatePicker date = new DatePicker(getTranslation("audit.log.date"));
        DatePickers.inReadersWords(date, access.tenant().formatFor(getLocale()));
        date.setMin(campaign.startsOn());
        date.setMax(campaign.endsOn());
        date.setValue(LocalDate.now(access.tenant().settings().timeZone()));
        if (!campaign.contains(date.getValue())) {
            date.setValue(campaign.startsOn());
        }
        IntegerField minutes = new IntegerField(getTranslation("audit.log.minutes"));
        IntegerField occurrences = new IntegerField(getTranslation("audit.log.times"));
        occurrences.setValue(1);
        TextField note = new TextField(getTranslation("audit.log.note"));
        Button log = new Button(getTranslation("audit.log.log"), click -> {
            UserFacingErrors.attempt(() -> {
                timeLog.log(access.tenant().id(), campaign.id(), new NewTimeEntry(date.getValue(),
                        quickTask.getValue() == null ? null : quickTask.getValue().id(), minutes.getValue(), occurrences.getValue(),
                        note.getValue()));
                Notifications.success(getTranslation("audit.log.logged"));
                minutes.clear();
                note.clear();
                refresh();
            });
        });
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(date, quickTask, minutes, occurrences, note, log);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return new VerticalLayout(new H3(getTranslation("audit.log.quick-entry")), form);
    }

    private Component proposeForm() {
        ComboBox<AuditProcess> process = new ComboBox<>(getTranslation("audit.log.process"));
        process.setItems(catalogue.catalogue(access.tenant().id()));
        process.setItemLabelGenerator(AuditProcess::name);
        TextField name = new TextField(getTranslation("audit.log.new-task"));
        // The closest existing tasks come first, so a person picks one instead of a near-duplicate.
        VerticalLayout closest = new VerticalLayout();
        closest.setId("closest-tasks");
        closest.setPadding(false);
        closest.setSpacing(false);
        closest.setVisible(false);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(typed -> {
            closest.removeAll();
            List<AuditTask> like = similar.closest(access.tenant().id(), typed.getValue());
            closest.setVisible(!like.isEmpty());
            if (like.isEmpty()) {
                return;
            }
            closest.add(new Span(getTranslation("audit.similar.closest.title")), new Span(getTranslation("audit.similar.closest.help")));
            for (AuditTask task : like) {
                Button use = new Button(getTranslation("audit.similar.closest.use", task.label()), click -> {
                    quickTask.setValue(tasks.stream().filter(t -> t.id() == task.id()).findFirst().orElse(null));
                    name.clear();
                });
                use.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                closest.add(use);
            }
        });
        Button propose = new Button(getTranslation("audit.log.propose-task"), click -> {
            UserFacingErrors.attempt(() -> {
                if (process.getValue() == null) {
                    throw InvalidInputException.of("process", "audit.log.process.missing");
                }
                AuditTask task = catalogue.addTask(access.tenant().id(), process.getValue().id(), name.getValue());
                Notifications.success(getTranslation("audit.log.task-proposed", task.name()));
                name.clear();
                build();
                quickTask.setValue(tasks.stream().filter(t -> t.id() == task.id()).findFirst().orElse(null));
            });
        });
        HorizontalLayout form = new HorizontalLayout(process, name, propose);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(form, closest);
        section.setPadding(false);
        return section;
    }

    // --- Weekly grid ----------------------------------------------------------------------------

    private Component weekSection() {
        List<LocalDate> mondays = new ArrayList<>();
        for (LocalDate monday = TimeLog.monday(campaign.startsOn()); !monday.isAfter(campaign.endsOn()); monday = monday.plusWeeks(1)) {
            mondays.add(monday);
        }
        week.setItems(mondays);
        week.setWidth("18em");
        week.setItemLabelGenerator(monday -> AuditUi.date(access, monday) + " – " + AuditUi.date(access, monday.plusDays(6)));
        LocalDate today = LocalDate.now(access.tenant().settings().timeZone());
        week.setValue(campaign.contains(today) ? TimeLog.monday(today) : mondays.getFirst());
        week.addValueChangeListener(e -> {
            weekRows.clear();
            loadWeek();
        });
        Button addRow = new Button(getTranslation("audit.log.week.add-row"), click -> {
            if (weekTask.getValue() != null && !weekRows.contains(weekTask.getValue().id())) {
                weekRows.add(weekTask.getValue().id());
                renderWeek();
            }
        });
        Button save = new Button(getTranslation("audit.log.week.save"), click -> saveWeek());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout tools = new HorizontalLayout(week, weekTask, addRow);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        weekGrid.addClassName("week-grid");
        return new VerticalLayout(new H3(getTranslation("audit.log.week.title")), tools, weekGrid, save);
    }

    private void loadWeek() {
        weekLoaded.clear();
        for (WeekCell cell : timeLog.week(access.tenant().id(), campaign.id(), week.getValue())) {
            weekLoaded.put(new Day(cell.taskId(), cell.date()), cell);
            if (!weekRows.contains(cell.taskId())) {
                weekRows.add(cell.taskId());
            }
        }
        LocalDate previousMonday = week.getValue().minusWeeks(1);
        if (weekRows.isEmpty() && !previousMonday.plusDays(6).isBefore(campaign.startsOn())) {
            // A new week starts with the rows of the week before, empty, as a timesheet does: people mostly do the same tasks.
            timeLog.week(access.tenant().id(), campaign.id(), previousMonday).stream().map(WeekCell::taskId).distinct()
                    .forEach(weekRows::add);
        }
        renderWeek();
    }

    /**
     * The week, written day by day — each day's heading, then each task with its minutes and
     * times — which is how a phone shows it. On a wider screen the style sheet places the same
     * cells as a grid of tasks × days (each cell names its row and column), so nothing is built twice.
     */
    private void renderWeek() {
        Map<Day, Integer[]> typed = new HashMap<>();
        weekFields.forEach((day, f) -> typed.put(day, new Integer[] {f[0].getValue(), f[1].getValue()}));
        weekGrid.removeAll();
        weekFields.clear();
        LocalDate monday = week.getValue();
        weekGrid.getStyle().set("--week-tasks", Integer.toString(weekRows.size()));
        Span corner = new Span(getTranslation("audit.log.task"));
        corner.addClassName("week-corner");
        weekGrid.add(corner);
        for (int d = 0; d < 7; d++) {
            LocalDate date = monday.plusDays(d);
            Span heading = new Span(getTranslation("audit.log.week.day",
                    date.getDayOfWeek().getDisplayName(TextStyle.SHORT, AuditUi.format(access).words()), date.getDayOfMonth()));
            heading.addClassName("week-day-heading");
            heading.getStyle().set("--week-column", Integer.toString(d + 2));
            weekGrid.add(heading);
            int row = 2;
            for (Long taskId : weekRows) {
                AuditTask task = tasks.stream().filter(t -> t.id() == taskId).findFirst().orElse(null);
                Span taskLabel = new Span(task == null ? "" : task.label());
                taskLabel.addClassName("week-task-label");
                if (d > 0) {
                    // On a wide screen the task is named once, at the start of its row.
                    taskLabel.addClassName("week-task-label-repeated");
                }
                taskLabel.getStyle().set("--week-row", Integer.toString(row));
                Div cell = new Div(fields(taskId, date, typed));
                cell.addClassName("week-cell");
                cell.getStyle().set("--week-row", Integer.toString(row)).set("--week-column", Integer.toString(d + 2));
                Div entry = new Div(taskLabel, cell);
                entry.addClassName("week-entry");
                weekGrid.add(entry);
                row++;
            }
        }
    }

    private IntegerField[] fields(long taskId, LocalDate date, Map<Day, Integer[]> typed) {
        Day day = new Day(taskId, date);
        IntegerField min = new IntegerField();
        min.setPlaceholder(getTranslation("audit.log.week.minutes-placeholder"));
        min.setId(minutesFieldId(taskId, date));
        min.setAriaLabel(getTranslation("audit.log.week.minutes-of", date));
        min.addClassName("week-minutes");
        IntegerField times = new IntegerField();
        times.setPlaceholder("×");
        times.setId(occurrencesFieldId(taskId, date));
        times.setAriaLabel(getTranslation("audit.log.week.times-of", date));
        times.addClassName("week-times");
        WeekCell loaded = weekLoaded.get(day);
        Integer[] kept = typed.get(day);
        min.setValue(kept != null ? kept[0] : loaded == null ? null : loaded.minutes());
        times.setValue(kept != null ? kept[1] : loaded == null ? null : loaded.occurrences());
        boolean editable = campaign.contains(date) && campaign.open() && (loaded == null || loaded.editableInGrid());
        min.setEnabled(editable);
        times.setEnabled(editable);
        if (loaded != null && !loaded.editableInGrid()) {
            // Several entries of a day are not merged by the grid: their notes and amounts stay apart.
            min.setTooltipText(getTranslation("audit.log.week.several-entries-tooltip", loaded.entries().size()));
        } else if (loaded != null && loaded.note() != null) {
            min.setTooltipText(getTranslation("audit.log.week.note", loaded.note()));
            min.addClassName("has-note");
        }
        IntegerField[] pair = {min, times};
        weekFields.put(day, pair);
        return pair;
    }

    /** The id of the week grid's minutes field of a task and day, for tests and the browser to find it by. */
    static String minutesFieldId(long taskId, LocalDate day) {
        return "minutes-" + taskId + "_" + day;
    }

    /** The id of the week grid's field of how many times, next to {@link #minutesFieldId}. */
    static String occurrencesFieldId(long taskId, LocalDate day) {
        return "occurrences-" + taskId + "_" + day;
    }

    private void saveWeek() {
        List<WeekCell> changed = new ArrayList<>();
        weekFields.forEach((day, fields) -> {
            WeekCell loaded = weekLoaded.get(day);
            Integer minutes = fields[0].getValue();
            Integer occurrences = fields[1].getValue();
            boolean same = loaded == null ? minutes == null && occurrences == null
                    : Objects.equals(loaded.minutes(), minutes) && Objects.equals(loaded.occurrences(), occurrences);
            if (!same) {
                changed.add(loaded == null ? new WeekCell(day.taskId(), day.date(), minutes, occurrences)
                        : loaded.typed(minutes, occurrences));
            }
        });
        UserFacingErrors.attempt(() -> {
            try {
                timeLog.saveWeek(access.tenant().id(), campaign.id(), changed);
                Notifications.success(getTranslation(changed.isEmpty() ? "audit.log.week.unchanged" : "audit.log.week.saved"));
                refresh();
            } catch (ChangedMeanwhileException meanwhile) {
                // What someone else saved meanwhile is shown instead of what was typed over it.
                weekFields.clear();
                refresh();
                throw meanwhile;
            }
        });
    }

    // --- Entries and ratings -------------------------------------------------------------------

    private Component entriesSection() {
        entries.removeAllColumns();
        // Each column's key is what the server sorts it by (TimeLog's entry sorts).
        entries.addColumn(e -> AuditUi.date(access, e.date())).setHeader(getTranslation("audit.log.date")).setAutoWidth(true)
                .setKey("date").setSortProperty("date");
        entries.addColumn(TimeEntry::taskLabel).setHeader(getTranslation("audit.log.task")).setFlexGrow(2)
                .setKey("task").setSortProperty("task");
        entries.addColumn(TimeEntry::minutes).setHeader(getTranslation("audit.log.minutes")).setAutoWidth(true)
                .setKey("minutes").setSortProperty("minutes");
        entries.addColumn(TimeEntry::occurrences).setHeader(getTranslation("audit.log.times")).setAutoWidth(true)
                .setKey("occurrences").setSortProperty("occurrences");
        entries.addColumn(e -> e.note() == null ? "" : e.note()).setHeader(getTranslation("audit.log.note")).setFlexGrow(1)
                .setKey("note").setSortProperty("note");
        if (campaign.open()) {
            entries.addComponentColumn(e -> {
                Button change = new Button(getTranslation("audit.log.entry.change-action"), click -> new EntryDialog(timeLog, access, campaign, tasks, e, this::refresh).open());
                change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                Button delete = new Button(getTranslation("audit.log.entry.delete"), click -> {
                    // Whether deleted or changed meanwhile, the list then shows the entries as they are.
                    UserFacingErrors.attempt(() -> timeLog.delete(access.tenant().id(), campaign.id(), e.asSeen()));
                    refresh();
                });
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                return new HorizontalLayout(change, delete);
            }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        GridPages.scrolling(entries);
        entries.setEmptyStateText(getTranslation("audit.log.entries.none"));
        TextField filter = GridPages.filterField("entries-filter", getTranslation("audit.log.entries.filter"),
                () -> entries.getDataProvider().refreshAll());
        entries.setItems(query -> timeLog.myEntries(access.tenant().id(), campaign.id(), GridPages.request(query, filter.getValue())).stream(),
                query -> timeLog.myEntryCount(access.tenant().id(), campaign.id(), filter.getValue()));
        return new VerticalLayout(new H3(getTranslation("audit.log.entries")), filter, entries);
    }

    private Component ratingSection() {
        IntegerField repetitive = rating(getTranslation("audit.log.rating.repetitive"));
        IntegerField ruleBased = rating(getTranslation("audit.log.rating.rule-based"));
        IntegerField predictable = rating(getTranslation("audit.log.rating.predictable"));
        IntegerField friction = rating(getTranslation("audit.log.rating.friction"));
        TextArea breaks = new TextArea(getTranslation("audit.log.rating.breaks-where"));
        breaks.setWidthFull();
        ratingTask.addValueChangeListener(e -> {
            TaskRating existing = e.getValue() == null ? null : timeLog.myRatings(access.tenant().id(), campaign.id()).stream()
                    .filter(r -> r.taskId() == e.getValue().id()).findFirst().orElse(null);
            repetitive.setValue(existing == null ? null : existing.repetitive());
            ruleBased.setValue(existing == null ? null : existing.ruleBased());
            predictable.setValue(existing == null ? null : existing.predictable());
            friction.setValue(existing == null ? null : existing.friction());
            breaks.setValue(existing == null || existing.breaksWhere() == null ? "" : existing.breaksWhere());
        });
        Button save = new Button(getTranslation("audit.log.rating.save"), click -> {
            UserFacingErrors.attempt(() -> {
                if (ratingTask.getValue() == null) {
                    throw InvalidInputException.of("task", "audit.log.rating.task.missing");
                }
                timeLog.rate(access.tenant().id(), campaign.id(), new TaskRating(ratingTask.getValue().id(), repetitive.getValue(),
                        ruleBased.getValue(), predictable.getValue(), friction.getValue(), breaks.getValue()));
                Notifications.success(getTranslation("audit.log.rating.saved"));
                refresh();
            });
        });
        HorizontalLayout scores = new HorizontalLayout(ratingTask, repetitive, ruleBased, predictable, friction);
        scores.setAlignItems(FlexComponent.Alignment.BASELINE);
        scores.setWrap(true);
        ratings.removeAllColumns();
        ratings.addColumn(r -> labelOf(r.taskId())).setHeader(getTranslation("audit.log.task")).setFlexGrow(2);
        ratings.addColumn(r -> text(r.repetitive())).setHeader(getTranslation("audit.log.rating.repetitive")).setAutoWidth(true);
        ratings.addColumn(r -> text(r.ruleBased())).setHeader(getTranslation("audit.log.rating.rule-based")).setAutoWidth(true);
        ratings.addColumn(r -> text(r.predictable())).setHeader(getTranslation("audit.log.rating.predictable")).setAutoWidth(true);
        ratings.addColumn(r -> text(r.friction())).setHeader(getTranslation("audit.log.rating.friction")).setAutoWidth(true);
        ratings.addColumn(r -> r.breaksWhere() == null ? "" : r.breaksWhere()).setHeader(getTranslation("audit.log.rating.where-it-breaks")).setFlexGrow(2);
        return new VerticalLayout(new H3(getTranslation("audit.log.rating.title")), scores, breaks, save, ratings);
    }

    private static IntegerField rating(String label) {
        IntegerField field = new IntegerField(label);
        field.setMin(1);
        field.setMax(5);
        field.setStepButtonsVisible(true);
        field.setWidth("8em");
        return field;
    }

    private String labelOf(long taskId) {
        return tasks.stream().filter(t -> t.id() == taskId).map(AuditTask::label).findFirst().orElse("");
    }

    private static String text(Integer value) {
        return value == null ? "—" : value.toString();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("audit.log.page-title");
    }

    private void refresh() {
        entries.getDataProvider().refreshAll();
        List<TaskRating> rated = timeLog.myRatings(access.tenant().id(), campaign.id());
        ratings.setItems(rated);
        GridPages.fitting(ratings, rated.size());
        loadWeek();
    }
}
