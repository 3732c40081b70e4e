package studio.smartwork.portal.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import studio.smartwork.portal.audit.Analysis;
import studio.smartwork.portal.audit.AnalysisGroup;
import studio.smartwork.portal.audit.AuditAnalysis;
import studio.smartwork.portal.audit.Breakdown;
import studio.smartwork.portal.audit.Candidate;
import studio.smartwork.portal.audit.TaskAnalysis;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * A campaign's analysis: tasks ranked by automatable value per month, friction beside it.
 * Consultants also see how many people do each task, export it and promote tasks to
 * candidates; executives see the same figures by task; staff do not get this page.
 */
@Route(value = "audit/:" + AuditNavigation.CAMPAIGN_PARAMETER + "([0-9]+)/analysis", layout = TenantLayout.class)
@PageTitle("Audit analysis · SmartWork Portal")
@PermitAll
public class AnalysisView extends VerticalLayout implements BeforeEnterObserver {

    private final AuditAnalysis analysisService;
    private final Grid<TaskAnalysis> grid = new Grid<>();
    private final Grid<Candidate> candidates = new Grid<>();
    private TenantAccess access;
    private Analysis analysis;

    AnalysisView(AuditAnalysis analysisService) {
        this.analysisService = analysisService;
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
        TenantFormat format = access.tenant().format();
        add(new H3("Analysis · " + analysis.campaign().name()));
        if (analysis.provisional()) {
            Span provisional = new Span("Provisional");
            provisional.getElement().getThemeList().add("badge contrast");
            Paragraph basis = new Paragraph(analysis.countedThrough() == null
                    ? "The campaign has not started yet; the figures fill in as people log their time."
                    : "The campaign is open: these figures are scaled from the " + analysis.workingDaysInWindow()
                            + " working days logged so far (" + AuditUi.date(access, analysis.campaign().startsOn()) + " to "
                            + AuditUi.date(access, analysis.countedThrough()) + ") to " + analysis.workingDaysPerMonth()
                            + " working days per month, and they change until the campaign is closed.");
            basis.setId("analysis-basis");
            add(new HorizontalLayout(provisional), basis);
        } else {
            Paragraph basis = new Paragraph(analysis.workingDaysInWindow() + " working days in the window, scaled to "
                    + analysis.workingDaysPerMonth() + " working days per month. The campaign is closed: these figures are final.");
            basis.setId("analysis-basis");
            add(basis);
        }
        add(new Paragraph("Ranked by automatable value per month." + (analysis.withPeople() ? ""
                : " A task, process or team is shown on its own where at least " + Analysis.SMALLEST_GROUP_SHOWN
                        + " people contributed; the others are added up in one line of as many people at least,"
                        + " so nobody's own time can be told apart.")));

        grid.removeAllColumns();
        grid.addColumn(TaskAnalysis::process).setHeader("Process").setAutoWidth(true);
        grid.addColumn(TaskAnalysis::task).setHeader("Task").setAutoWidth(true).setFlexGrow(2);
        if (analysis.withPeople()) {
            grid.addColumn(TaskAnalysis::people).setHeader("People").setAutoWidth(true);
        }
        grid.addColumn(t -> AuditUi.hours(access, t.monthlyHours())).setHeader("Hours / month").setAutoWidth(true);
        grid.addColumn(t -> format.number(t.monthlyOccurrences(), 0)).setHeader("Times / month").setAutoWidth(true);
        grid.addColumn(t -> format.number(t.minutesPerOccurrence(), 1)).setHeader("Min / time").setAutoWidth(true);
        grid.addColumn(t -> t.rated() ? format.number(t.suitability(), 2) : "not rated").setHeader("Suitability").setAutoWidth(true);
        grid.addColumn(t -> AuditUi.hours(access, t.automatableHoursPerMonth())).setHeader("Automatable h / month").setAutoWidth(true);
        grid.addColumn(t -> format.money(t.hourlyCost())).setHeader("Hourly cost").setAutoWidth(true);
        grid.addColumn(t -> format.money(t.monthlyCost())).setHeader("Cost / month").setAutoWidth(true);
        grid.addColumn(t -> format.money(t.automatableValuePerMonth())).setHeader("Automatable value / month").setAutoWidth(true);
        grid.addColumn(t -> t.friction() == null ? "—" : format.number(t.friction(), 1)).setHeader("Friction").setAutoWidth(true);
        grid.setItems(analysis.tasks());
        grid.setAllRowsVisible(true);

        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (AuditUi.runsAudit(access)) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            TenantId tenant = access.tenant().id();
            long campaignId = analysis.campaign().id();
            String fileName = "audit-" + access.tenant().slug() + "-" + campaignId + ".csv";
            Anchor export = new Anchor(DownloadHandler.fromInputStream(download -> new com.vaadin.flow.server.streams.DownloadResponse(
                    new java.io.ByteArrayInputStream(analysisService.exportCsv(tenant, campaignId).getBytes(StandardCharsets.UTF_8)),
                    fileName, "text/csv", -1)), AttachmentType.DOWNLOAD, "Export CSV");
            Button promote = new Button("Promote to candidate", click -> new PromoteDialog(analysisService, access, analysis.campaign().id(),
                    new ArrayList<>(grid.getSelectedItems()), this::refreshCandidates).open());
            promote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            promote.setEnabled(false);
            grid.addSelectionListener(e -> promote.setEnabled(!e.getAllSelectedItems().isEmpty()));
            actions.add(promote, export);
        }
        add(actions, grid);
        if (analysis.otherTasks() != null) {
            AnalysisGroup other = analysis.otherTasks();
            Paragraph folded = new Paragraph(other.label() + ": " + AuditUi.hours(access, other.monthlyHours()) + " a month costing "
                    + format.money(other.monthlyCost()) + ", of which " + AuditUi.hours(access, other.automatableHoursPerMonth())
                    + " automatable, worth " + format.money(other.automatableValuePerMonth()) + " a month.");
            folded.setId("other-tasks");
            add(folded);
        }
        add(new H3("By process"), groupGrid("processes", "Process", analysis.processes()));
        add(new H3("By team"), groupGrid("teams", "Team", analysis.teams()));

        candidates.removeAllColumns();
        candidates.addColumn(Candidate::title).setHeader("Candidate").setAutoWidth(true).setFlexGrow(2);
        candidates.addColumn(c -> String.join(", ", c.taskLabels())).setHeader("Tasks").setFlexGrow(3);
        candidates.addColumn(c -> format.number(c.potentialPercent(), 0) + " %").setHeader("Potential").setAutoWidth(true);
        candidates.addColumn(c -> c.effort().label()).setHeader("Effort").setAutoWidth(true);
        candidates.addColumn(c -> AuditUi.hours(access, c.expectedHoursPerMonth())).setHeader("Expected hours / month").setAutoWidth(true);
        candidates.addColumn(c -> format.money(c.expectedMoneyPerMonth())).setHeader("Expected saving / month").setAutoWidth(true);
        candidates.setAllRowsVisible(true);
        add(new H3("Automation candidates"), candidates);
        refreshCandidates();
    }

    /** A roll-up of the same figures by process or team, the folded small groups last. */
    private Grid<AnalysisGroup> groupGrid(String id, String header, Breakdown breakdown) {
        TenantFormat format = access.tenant().format();
        Grid<AnalysisGroup> groups = new Grid<>();
        groups.setId(id);
        groups.addColumn(AnalysisGroup::label).setHeader(header).setAutoWidth(true).setFlexGrow(2);
        if (analysis.withPeople()) {
            groups.addColumn(AnalysisGroup::people).setHeader("People").setAutoWidth(true);
        }
        groups.addColumn(g -> AuditUi.hours(access, g.monthlyHours())).setHeader("Hours / month").setAutoWidth(true);
        groups.addColumn(g -> AuditUi.hours(access, g.automatableHoursPerMonth())).setHeader("Automatable h / month").setAutoWidth(true);
        groups.addColumn(g -> format.money(g.monthlyCost())).setHeader("Cost / month").setAutoWidth(true);
        groups.addColumn(g -> format.money(g.automatableValuePerMonth())).setHeader("Automatable value / month").setAutoWidth(true);
        List<AnalysisGroup> rows = new ArrayList<>(breakdown.shown());
        if (breakdown.folded() != null) {
            rows.add(breakdown.folded());
        }
        groups.setItems(rows);
        groups.setAllRowsVisible(true);
        return groups;
    }

    private void refreshCandidates() {
        candidates.setItems(analysisService.candidates(access.tenant().id(), analysis.campaign().id()));
        grid.deselectAll();
    }
}
