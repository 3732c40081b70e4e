package studio.smartwork.portal.outcome.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import studio.smartwork.portal.outcome.OutcomeImport;
import studio.smartwork.portal.outcome.OutcomeImportResult;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.shared.ui.BoundedUploadHandler;
import studio.smartwork.portal.shared.ui.GridPages;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.design.KpiDefinition;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.outcome.Measurement;
import studio.smartwork.portal.outcome.OutcomeService;
import studio.smartwork.portal.outcome.RecordingPage;
import studio.smartwork.portal.outcome.RunTotal;
import studio.smartwork.portal.outcome.SavingsCalculator;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * Where consultants record and correct the outcomes of each live solution: its KPIs'
 * values per period and, for solutions counted by runs, the monthly run totals. Client
 * people do not get this page; they read the results on the dashboard.
 */
@Route(value = OutcomeNavigation.MEASUREMENTS, layout = TenantLayout.class)
@PermitAll
public class OutcomeMeasurementsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** A CSV of measurements or run totals is small: a line a period. */
    static final int MAX_CSV_BYTES = 1024 * 1024;

    private final OutcomeService outcomes;
    private final OutcomeImport importer;
    private TenantAccess access;

    OutcomeMeasurementsView(OutcomeService outcomes, OutcomeImport importer) {
        this.outcomes = outcomes;
        this.importer = importer;
        setPadding(false);
        addClassName("outcome-measurements");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("outcome.measurements.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        access = TenantLayout.current();
        if (!OutcomeService.mayRecord(access.role())) {
            throw new TenantNotFoundException();
        }
        refresh();
    }

    private void refresh() {
        removeAll();
        TenantFormat format = access.tenant().formatFor(getLocale());
        Anchor back = new Anchor(OutcomeNavigation.dashboardUrl(access.tenant().slug()), getTranslation("outcome.measurements.back"));
        back.getElement().setAttribute("router-link", true);
        add(back);
        // One read for the whole page: nothing is asked per solution, KPI or month below.
        RecordingPage page = outcomes.recordingPage(access.tenant().id());
        if (page.solutions().isEmpty()) {
            add(new Paragraph(getTranslation("outcome.measurements.empty")));
            return;
        }
        page.solutions().forEach(solution -> add(solutionSection(page, solution, format)));
    }

    private VerticalLayout solutionSection(RecordingPage page, LiveSolution solution, TenantFormat format) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName("outcome-solution");
        Button record = new Button(getTranslation("outcome.measurements.record"), VaadinIcon.PLUS.create(),
                click -> new MeasurementDialog(outcomes, access, solution, null, null, this::refresh).open());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H3(solution.reference() + " · " + solution.title()), record);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        section.add(header, new Paragraph(describe(solution, format)));
        TenantId tenant = access.tenant().id();
        section.add(csvImport("outcome.import.measurements.upload", getTranslation("outcome.import.measurements.help",
                String.join(",", OutcomeImport.MEASUREMENTS_HEADER)), "measurements-" + solution.recordId(),
                file -> importer.importMeasurements(tenant, solution.recordId(), file)));

        if (solution.savingsMethod() == LiveSolution.SavingsMethod.RUNS) {
            section.add(runTotals(page, solution, format));
        }
        for (KpiDefinition kpi : solution.kpis()) {
            section.add(new H4(getTranslation("outcome.measurements.kpi", kpi.name(), OutcomeFigures.value(format, kpi, kpi.baseline()),
                    OutcomeFigures.value(format, kpi, kpi.target()), OutcomeFigures.direction(kpi), OutcomeFigures.cadence(kpi))));
            List<Measurement> ofKpi = page.measurementsOf(kpi.id());
            if (ofKpi.isEmpty()) {
                section.add(new Paragraph(getTranslation("outcome.measurements.nothing-yet")));
                continue;
            }
            Grid<Measurement> grid = new Grid<>();
            // Five years of a weekly KPI are 260 rows: the grid sorts them by the date and number behind the text, and scrolls.
            grid.addColumn(m -> OutcomeFigures.period(format, kpi.cadence(), m.periodStart())).setHeader(getTranslation("outcome.measurements.column.period"))
                    .setKey("period").setComparator(GridPages.byFigure(Measurement::periodStart));
            grid.addColumn(m -> OutcomeFigures.value(format, kpi, m.value())).setHeader(getTranslation("outcome.measurements.column.value"))
                    .setKey("value").setComparator(GridPages.byFigure(Measurement::value));
            grid.addColumn(m -> m.recordedBy() + ", " + format.dateTime(m.recordedAt())).setHeader(getTranslation("outcome.measurements.column.changed-by")).setFlexGrow(2);
            grid.addComponentColumn(m -> {
                Button edit = new Button(getTranslation("outcome.measurements.edit"), click -> new MeasurementDialog(outcomes, access, solution, kpi, m, this::refresh).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                return edit;
            }).setAutoWidth(true).setFlexGrow(0);
            grid.setItems(ofKpi);
            GridPages.fitting(grid, ofKpi.size());
            grid.addClassName("kpi-" + kpi.id());
            section.add(grid);
        }
        return section;
    }

    /**
     * An upload of a CSV, all or nothing: the page is rebuilt with what it recorded, or every
     * refused line is listed under the upload. Read on the upload's own thread, off the page's lock.
     */
    private Div csvImport(String uploadKey, String help, String id, Function<byte[], OutcomeImportResult> work) {
        Div box = new Div();
        box.setId(id);
        Div result = new Div();
        Upload upload = new Upload(new BoundedUploadHandler(MAX_CSV_BYTES, (ui, fileName, bytes) -> {
            try {
                OutcomeImportResult outcome = work.apply(bytes);
                ui.access(() -> showImport(result, outcome));
            } catch (NotAllowedException refused) {
                ui.access(() -> result.add(new Paragraph(Texts.t(refused.reason()))));
            }
        }, message -> result.add(new Paragraph(message))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_CSV_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setI18n(new UploadI18N().setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation(uploadKey)).setMany(getTranslation(uploadKey)))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation(uploadKey)).setMany(getTranslation(uploadKey))));
        box.add(new Paragraph(help), upload, result);
        return box;
    }

    private void showImport(Div result, OutcomeImportResult outcome) {
        if (outcome.accepted()) {
            refresh();
            Notifications.success(Texts.count("outcome.import.recorded", outcome.rowsRecorded()));
            return;
        }
        result.removeAll();
        result.add(new Paragraph(getTranslation("outcome.import.refused")));
        UnorderedList list = new UnorderedList();
        outcome.problems().forEach(p -> list.add(new ListItem(getTranslation("outcome.import.problem", p.line(),
                String.join("; ", p.reasons().stream().map(Texts::t).toList())))));
        result.add(list);
    }

    private VerticalLayout runTotals(RecordingPage page, LiveSolution solution, TenantFormat format) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        Button record = new Button(getTranslation("outcome.measurements.record-runs"), VaadinIcon.PLUS.create(),
                click -> new RunTotalDialog(outcomes, access, solution, null, this::refresh).open());
        HorizontalLayout header = new HorizontalLayout(new H4(getTranslation("outcome.measurements.runs")), record);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        box.add(header);
        TenantId tenant = access.tenant().id();
        box.add(csvImport("outcome.import.runs.upload", getTranslation("outcome.import.runs.help",
                String.join(",", OutcomeImport.RUN_TOTALS_HEADER)), "run-totals-" + solution.recordId(),
                file -> importer.importRunTotals(tenant, solution.recordId(), file)));
        List<RunTotal> totals = page.runTotalsOf(solution.recordId());
        if (totals.isEmpty()) {
            box.add(new Paragraph(getTranslation("outcome.measurements.runs-empty")));
            return box;
        }
        Grid<RunTotal> grid = new Grid<>();
        grid.addColumn(r -> format.shortMonth(r.month())).setHeader(getTranslation("outcome.measurements.column.month"))
                .setKey("month").setComparator(GridPages.byFigure(RunTotal::month));
        grid.addColumn(r -> format.number(BigDecimal.valueOf(r.runs()), 0)).setHeader(getTranslation("outcome.measurements.column.runs"))
                .setKey("runs").setComparator(GridPages.byFigure(RunTotal::runs));
        grid.addColumn(r -> format.number(BigDecimal.valueOf(r.succeeded()), 0)).setHeader(getTranslation("outcome.measurements.column.succeeded"));
        grid.addColumn(r -> format.number(BigDecimal.valueOf(r.failed()), 0)).setHeader(getTranslation("outcome.measurements.column.failed"));
        grid.addColumn(r -> OutcomeFigures.hours(format, SavingsCalculator.hoursFromRuns(r.runs(), r.succeeded(),
                solution.baselineMinutesPerOccurrence(), solution.reviewMinutesPerRun()))).setHeader(getTranslation("outcome.measurements.column.hours"));
        grid.addColumn(r -> r.recordedBy() + ", " + format.dateTime(r.recordedAt())).setHeader(getTranslation("outcome.measurements.column.changed-by")).setFlexGrow(2);
        grid.addComponentColumn(r -> {
            Button edit = new Button(getTranslation("outcome.measurements.edit"), click -> new RunTotalDialog(outcomes, access, solution, r, this::refresh).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(totals);
        GridPages.fitting(grid, totals.size());
        grid.addClassName("run-totals");
        box.add(grid);
        return box;
    }

    private String describe(LiveSolution solution, TenantFormat format) {
        String since = solution.retiredIn() == null
                ? getTranslation("outcome.measurements.live-since", format.shortMonth(solution.liveSince()))
                : getTranslation("outcome.measurements.live-since-retired", format.shortMonth(solution.liveSince()),
                        format.shortMonth(solution.retiredIn()));
        String method = solution.savingsMethod() == LiveSolution.SavingsMethod.RUNS
                ? getTranslation("outcome.measurements.method.runs", format.number(solution.baselineMinutesPerOccurrence(), 1),
                        format.number(solution.reviewMinutesPerRun(), 1), format.money(solution.hourlyCost()))
                : getTranslation("outcome.measurements.method.hours-kpi",
                        OutcomeFigures.hours(format, solution.baselineMonthlyHours()), format.money(solution.hourlyCost()));
        return since + " " + method;
    }
}
