package studio.smartwork.portal.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import studio.smartwork.portal.audit.Analysis;
import studio.smartwork.portal.audit.AnalysisGroup;
import studio.smartwork.portal.audit.AuditAnalysis;
import studio.smartwork.portal.audit.Breakdown;
import studio.smartwork.portal.audit.BreakingPoint;
import studio.smartwork.portal.audit.Candidate;
import studio.smartwork.portal.audit.FrictionNote;
import studio.smartwork.portal.audit.TaskAnalysis;
import studio.smartwork.portal.audit.TimeLog;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.GridPages;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.shared.ui.UserFacingErrors;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * A campaign's analysis: tasks ranked by automatable value per month, friction beside it, first
 * at a glance in a chart and then in full, with how the figures are calculated. Consultants also
 * see how many people do each task, where people say each task breaks and the campaign's
 * friction notes, export the analysis, and promote tasks to candidates, change and remove them;
 * executives see the same figures in groups of three or more people; staff do not get this page.
 */
@Route(value = "audit/:" + AuditNavigation.CAMPAIGN_PARAMETER + "([0-9]+)/analysis", layout = TenantLayout.class)
@PermitAll
public class AnalysisView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuditAnalysis analysisService;
    private final TimeLog timeLog;
    private final Grid<TaskAnalysis> grid = new Grid<>();
    private final Grid<Candidate> candidates = new Grid<>();
    private TenantAccess access;
    private Analysis analysis;

    AnalysisView(AuditAnalysis analysisService, TimeLog timeLog) {
        this.analysisService = analysisService;
        this.timeLog = timeLog;
        grid.setId("analysis");
        candidates.setId("candidates");
        setPadding(false);
        addClassName("analysis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        access = TenantLayout.current();
        if (!AuditUi.seesResults(access)) {
            throw new TenantNotFoundException();
        }
        analysis = analysisService.analysis(access.tenant().id(), AuditNavigation.campaignId(event));
        build();
    }

    private void build() {
        removeAll();
        TenantFormat format = AuditUi.format(access);
        add(new H3(getTranslation("audit.analysis.title", analysis.campaign().name())));
        if (analysis.provisional()) {
            Span provisional = new Span(getTranslation("audit.analysis.provisional"));
            provisional.getElement().getThemeList().add("badge contrast");
            Paragraph basis = new Paragraph(analysis.countedThrough() == null
                    ? getTranslation("audit.analysis.basis.not-started")
                    : getTranslation("audit.analysis.basis.open", analysis.workingDaysInWindow(),
                            AuditUi.date(access, analysis.campaign().startsOn()), AuditUi.date(access, analysis.countedThrough()),
                            analysis.workingDaysPerMonth()));
            basis.setId("analysis-basis");
            add(new HorizontalLayout(provisional), basis);
        } else {
            Paragraph basis = new Paragraph(getTranslation("audit.analysis.basis.closed", analysis.workingDaysInWindow(),
                    analysis.workingDaysPerMonth()));
            basis.setId("analysis-basis");
            add(basis);
        }
        add(new Paragraph(analysis.withPeople() ? getTranslation("audit.analysis.ranked")
                : getTranslation("audit.analysis.ranked-in-groups", Analysis.SMALLEST_GROUP_SHOWN)));
        if (!analysis.ranking(TaskValueChart.TASKS_SHOWN).isEmpty()) {
            add(TaskValueChart.of(analysis, format));
        }
        add(HowWeCalculate.of(analysis, access));

        grid.removeAllColumns();
        // Figures sort by the number behind them (GridPages.byFigure), not by the text shown.
        grid.addColumn(TaskAnalysis::process).setHeader(getTranslation("audit.analysis.process")).setAutoWidth(true)
                .setKey("process").setComparator(GridPages.byText(TaskAnalysis::process));
        grid.addColumn(TaskAnalysis::task).setHeader(getTranslation("audit.analysis.task")).setAutoWidth(true).setFlexGrow(2)
                .setKey("task").setComparator(GridPages.byText(TaskAnalysis::task));
        if (analysis.withPeople()) {
            grid.addColumn(TaskAnalysis::people).setHeader(getTranslation("audit.analysis.people")).setAutoWidth(true)
                    .setKey("people").setComparator(GridPages.byFigure(TaskAnalysis::people));
        }
        grid.addColumn(t -> AuditUi.hours(access, t.monthlyHours())).setHeader(getTranslation("audit.analysis.monthly-hours")).setAutoWidth(true)
                .setKey("monthly-hours").setComparator(GridPages.byFigure(TaskAnalysis::monthlyHours));
        grid.addColumn(t -> format.number(t.monthlyOccurrences(), 0)).setHeader(getTranslation("audit.analysis.monthly-occurrences")).setAutoWidth(true)
                .setKey("monthly-occurrences").setComparator(GridPages.byFigure(TaskAnalysis::monthlyOccurrences));
        grid.addColumn(t -> format.number(t.minutesPerOccurrence(), 1)).setHeader(getTranslation("audit.analysis.minutes-per-occurrence")).setAutoWidth(true)
                .setKey("minutes-per-occurrence").setComparator(GridPages.byFigure(TaskAnalysis::minutesPerOccurrence));
        grid.addColumn(t -> t.rated() ? format.number(t.suitability(), 2) : getTranslation("audit.analysis.not-rated"))
                .setHeader(getTranslation("audit.analysis.suitability")).setAutoWidth(true)
                .setKey("suitability").setComparator(GridPages.byFigure(t -> t.rated() ? t.suitability() : null));
        grid.addColumn(t -> AuditUi.hours(access, t.automatableHoursPerMonth())).setHeader(getTranslation("audit.analysis.automatable-hours")).setAutoWidth(true)
                .setKey("automatable-hours").setComparator(GridPages.byFigure(TaskAnalysis::automatableHoursPerMonth));
        grid.addColumn(t -> format.money(t.hourlyCost())).setHeader(getTranslation("audit.analysis.hourly-cost")).setAutoWidth(true)
                .setKey("hourly-cost").setComparator(GridPages.byFigure(TaskAnalysis::hourlyCost));
        grid.addColumn(t -> format.money(t.monthlyCost())).setHeader(getTranslation("audit.analysis.monthly-cost")).setAutoWidth(true)
                .setKey("monthly-cost").setComparator(GridPages.byFigure(TaskAnalysis::monthlyCost));
        grid.addColumn(t -> format.money(t.automatableValuePerMonth())).setHeader(getTranslation("audit.analysis.automatable-value")).setAutoWidth(true)
                .setKey("automatable-value").setComparator(GridPages.byFigure(TaskAnalysis::automatableValuePerMonth));
        grid.addColumn(t -> t.friction() == null ? "—" : format.number(t.friction(), 1)).setHeader(getTranslation("audit.analysis.friction")).setAutoWidth(true)
                .setKey("friction").setComparator(GridPages.byFigure(TaskAnalysis::friction));
        if (AuditUi.runsAudit(access)) {
            whereTasksBreak();
        }
        GridPages.scrolling(grid);
        grid.setEmptyStateText(getTranslation("audit.analysis.tasks.none"));
        TextField filter = GridPages.filterField("analysis-filter", getTranslation("audit.analysis.tasks.filter"), () -> { });
        GridPages.inMemory(grid, analysis.tasks(), filter, TaskAnalysis::label);

        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (AuditUi.runsAudit(access)) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            TenantId tenant = access.tenant().id();
            long campaignId = analysis.campaign().id();
            String fileName = "audit-" + access.tenant().slug() + "-" + campaignId + ".csv";
            Anchor export = new Anchor(DownloadHandler.fromInputStream(download -> new com.vaadin.flow.server.streams.DownloadResponse(
                    new java.io.ByteArrayInputStream(analysisService.exportCsv(tenant, campaignId).getBytes(StandardCharsets.UTF_8)),
                    fileName, "text/csv", -1)), AttachmentType.DOWNLOAD, getTranslation("audit.analysis.export"));
            Button promote = new Button(getTranslation("audit.analysis.promote"), click -> CandidateDialog.promote(analysisService, access,
                    analysis.campaign().id(), new ArrayList<>(grid.getSelectedItems()), this::refreshCandidates).open());
            promote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            promote.setEnabled(false);
            grid.addSelectionListener(e -> promote.setEnabled(!e.getAllSelectedItems().isEmpty()));
            actions.add(promote, export);
        }
        actions.addComponentAsFirst(filter);
        add(actions, grid);
        if (analysis.otherTasks() != null) {
            AnalysisGroup other = analysis.otherTasks();
            Paragraph folded = new Paragraph(getTranslation("audit.analysis.other-tasks", AuditUi.label(other),
                    AuditUi.hours(access, other.monthlyHours()), format.money(other.monthlyCost()),
                    AuditUi.hours(access, other.automatableHoursPerMonth()), format.money(other.automatableValuePerMonth())));
            folded.setId("other-tasks");
            add(folded);
        }
        add(new H3(getTranslation("audit.analysis.by-process")), groupGrid("processes", getTranslation("audit.analysis.process"), analysis.processes()));
        add(new H3(getTranslation("audit.analysis.by-team")), groupGrid("teams", getTranslation("audit.analysis.team"), analysis.teams()));
        if (AuditUi.runsAudit(access)) {
            frictionNotes();
        }

        candidates.removeAllColumns();
        candidates.addColumn(Candidate::title).setHeader(getTranslation("audit.analysis.candidate")).setAutoWidth(true).setFlexGrow(2);
        candidates.addColumn(c -> String.join(", ", c.taskLabels())).setHeader(getTranslation("audit.analysis.tasks")).setFlexGrow(3);
        candidates.addColumn(c -> getTranslation("audit.analysis.potential-percent", format.number(c.potentialPercent(), 0)))
                .setHeader(getTranslation("audit.analysis.potential")).setAutoWidth(true);
        candidates.addColumn(c -> getTranslation(c.effort().textKey())).setHeader(getTranslation("audit.analysis.effort")).setAutoWidth(true);
        candidates.addColumn(c -> AuditUi.hours(access, c.expectedHoursPerMonth())).setHeader(getTranslation("audit.analysis.expected-hours")).setAutoWidth(true);
        candidates.addColumn(c -> format.money(c.expectedMoneyPerMonth())).setHeader(getTranslation("audit.analysis.expected-saving")).setAutoWidth(true);
        candidates.addColumn(c -> c.note() == null ? "" : c.note()).setHeader(getTranslation("audit.glance.candidate.note"))
                .setKey("note").setFlexGrow(3);
        if (AuditUi.runsAudit(access)) {
            candidates.addComponentColumn(this::candidateActions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        candidates.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H3(getTranslation("audit.analysis.candidates")), candidates);
        refreshCandidates();
    }

    /** A roll-up of the same figures by process or team, the folded small groups last. */
    private Grid<AnalysisGroup> groupGrid(String id, String header, Breakdown breakdown) {
        TenantFormat format = AuditUi.format(access);
        Grid<AnalysisGroup> groups = new Grid<>();
        groups.setId(id);
        groups.addColumn(AuditUi::label).setHeader(header).setAutoWidth(true).setFlexGrow(2);
        if (analysis.withPeople()) {
            groups.addColumn(AnalysisGroup::people).setHeader(getTranslation("audit.analysis.people")).setAutoWidth(true);
        }
        groups.addColumn(g -> AuditUi.hours(access, g.monthlyHours())).setHeader(getTranslation("audit.analysis.monthly-hours")).setAutoWidth(true);
        groups.addColumn(g -> AuditUi.hours(access, g.automatableHoursPerMonth())).setHeader(getTranslation("audit.analysis.automatable-hours")).setAutoWidth(true);
        groups.addColumn(g -> format.money(g.monthlyCost())).setHeader(getTranslation("audit.analysis.monthly-cost")).setAutoWidth(true);
        groups.addColumn(g -> format.money(g.automatableValuePerMonth())).setHeader(getTranslation("audit.analysis.automatable-value")).setAutoWidth(true);
        List<AnalysisGroup> rows = new ArrayList<>(breakdown.shown());
        if (breakdown.folded() != null) {
            rows.add(breakdown.folded());
        }
        groups.setItems(rows);
        GridPages.fitting(groups, rows.size());
        return groups;
    }

    /**
     * Consultants read, on each task's row, where the people who do it say it breaks: the texts
     * written with their ratings, without their names. A click on the row opens them.
     */
    private void whereTasksBreak() {
        Map<Long, List<BreakingPoint>> byTask = analysisService.breakingPoints(access.tenant().id(), analysis.campaign().id()).stream()
                .collect(Collectors.groupingBy(BreakingPoint::taskId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<FrictionNote>> notesByTask = timeLog.frictionNotes(access.tenant().id(), analysis.campaign().id()).stream()
                .filter(note -> note.taskId() != null)
                .collect(Collectors.groupingBy(FrictionNote::taskId, LinkedHashMap::new, Collectors.toList()));
        TenantFormat format = AuditUi.format(access);
        grid.addColumn(t -> {
            int said = byTask.getOrDefault(t.taskId(), List.of()).size() + notesByTask.getOrDefault(t.taskId(), List.of()).size();
            return said == 0 ? "" : Texts.count("audit.glance.breaks.count", said);
        }).setHeader(getTranslation("audit.glance.breaks.header")).setKey("breaks").setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(task -> {
            List<BreakingPoint> points = byTask.getOrDefault(task.taskId(), List.of());
            List<FrictionNote> taskNotes = notesByTask.getOrDefault(task.taskId(), List.of());
            if (points.isEmpty() && taskNotes.isEmpty()) {
                return new Paragraph(getTranslation("audit.glance.breaks.none"));
            }
            Div details = new Div();
            details.addClassName("where-it-breaks");
            if (!points.isEmpty()) {
                UnorderedList list = new UnorderedList();
                for (BreakingPoint point : points) {
                    list.add(new ListItem(point.friction() == null ? point.text()
                            : getTranslation("audit.glance.breaks.with-friction", point.text(), format.number(BigDecimal.valueOf(point.friction()), 0))));
                }
                details.add(new Paragraph(getTranslation("audit.glance.breaks.title")), list);
            }
            if (!taskNotes.isEmpty()) {
                UnorderedList list = new UnorderedList();
                taskNotes.forEach(note -> list.add(new ListItem(note.text() + " (+" + note.votes() + ")")));
                details.add(new Paragraph(getTranslation("audit.friction.on-task")), list);
            }
            return details;
        }));
        if (!byTask.isEmpty() || !notesByTask.isEmpty()) {
            add(new Paragraph(getTranslation("audit.glance.breaks.hint")));
        }
    }

    /**
     * The campaign's friction notes with their +1s, for consultants beside the figures. A note
     * is about the campaign, not about one task, so they are listed once for the campaign.
     */
    private void frictionNotes() {
        List<FrictionNote> notes = timeLog.frictionNotes(access.tenant().id(), analysis.campaign().id());
        if (notes.isEmpty()) {
            return;
        }
        Grid<FrictionNote> noteGrid = new Grid<>();
        noteGrid.setId("analysis-friction-notes");
        noteGrid.addColumn(FrictionNote::text).setHeader(getTranslation("audit.friction.note")).setFlexGrow(3);
        noteGrid.addColumn(FrictionNote::votes).setHeader(getTranslation("audit.friction.votes")).setAutoWidth(true).setFlexGrow(0);
        noteGrid.addColumn(note -> note.taskLabel() == null ? getTranslation("audit.friction.whole-campaign") : note.taskLabel())
                .setHeader(getTranslation("audit.friction.task-column")).setFlexGrow(1);
        noteGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        noteGrid.setItems(notes);
        GridPages.fitting(noteGrid, notes.size());
        add(new H3(getTranslation("audit.glance.notes.title")), new Paragraph(getTranslation("audit.glance.notes.about-campaign")), noteGrid);
    }

    private HorizontalLayout candidateActions(Candidate candidate) {
        Button change = new Button(getTranslation("audit.glance.candidate.change"), click -> CandidateDialog.change(analysisService, access,
                candidate, analysis.tasks(), this::refreshCandidates).open());
        Button remove = new Button(getTranslation("audit.glance.candidate.remove"), click -> confirmRemoval(candidate));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(change, remove);
        actions.setSpacing(false);
        return actions;
    }

    private void confirmRemoval(Candidate candidate) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("audit.glance.candidate.remove-title", candidate.title()),
                getTranslation("audit.glance.candidate.remove-text"), getTranslation("audit.glance.candidate.remove"), event ->
                UserFacingErrors.attempt(() -> {
                    analysisService.removeCandidate(access.tenant().id(), candidate.id());
                    Notifications.success(getTranslation("audit.glance.candidate.removed", candidate.title()));
                    refreshCandidates();
                }));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("audit.cancel"));
        confirm.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " " + ButtonVariant.LUMO_PRIMARY.getVariantName());
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("audit.analysis.page-title");
    }

    private void refreshCandidates() {
        List<Candidate> all = analysisService.candidates(access.tenant().id(), analysis.campaign().id());
        candidates.setItems(all);
        GridPages.fitting(candidates, all.size());
        grid.deselectAll();
    }
}
