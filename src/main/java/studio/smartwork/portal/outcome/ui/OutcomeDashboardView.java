package studio.smartwork.portal.outcome.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import studio.smartwork.portal.design.KpiDefinition;
import studio.smartwork.portal.outcome.KpiAlert;
import studio.smartwork.portal.outcome.KpiStatus;
import studio.smartwork.portal.outcome.MonthlyReport;
import studio.smartwork.portal.outcome.OutcomePrecision;
import studio.smartwork.portal.outcome.OutcomeService;
import studio.smartwork.portal.outcome.RunEventMonth;
import studio.smartwork.portal.outcome.SavingsDashboard;
import studio.smartwork.portal.outcome.SolutionOutcome;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.shell.ShellNavigation;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * The executive savings dashboard: what automation saved in the last three complete months,
 * ROI and payback, a chart per month, and where each live solution's KPIs stand. Everyone
 * in the tenant may look; consultants get a way to record the figures.
 */
@Route(value = OutcomeNavigation.DASHBOARD, layout = TenantLayout.class)
@PermitAll
public class OutcomeDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * One row of the KPI table, a KPI and the solution it belongs to, as shown: an open page
     * keeps these few words, not the dashboard's months and figures behind them.
     */
    record KpiRow(String solution, String kpi, String latest, String period, String baseline, String target, String attainment) {
    }

    /** One row of the runs table, a month of a solution whose automation reported its runs, as shown. */
    record RunRow(String solution, String month, String runs, String hours, String money, String responseTime, String errors) {
    }

    private final OutcomeService outcomes;
    private final MonthlyReport report;

    OutcomeDashboardView(OutcomeService outcomes, MonthlyReport report) {
        this.outcomes = outcomes;
        this.report = report;
        setPadding(false);
        addClassName("outcome-dashboard");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("outcome.dashboard.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TenantAccess access = TenantLayout.current();
        TenantFormat format = access.tenant().formatFor(getLocale());
        SavingsDashboard dashboard = outcomes.dashboard(access.tenant().id());
        removeAll();

        if (OutcomeService.mayRecord(access.role())) {
            Button record = new Button(getTranslation("outcome.dashboard.record"), VaadinIcon.EDIT.create(),
                    click -> OutcomeNavigation.toMeasurements(access.tenant().slug()));
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(record);
        }
        if (!dashboard.hasSolutions()) {
            add(new H3(getTranslation("outcome.dashboard.empty.title")),
                    new Paragraph(getTranslation("outcome.dashboard.empty.text")),
                    howWeCalculate());
            return;
        }

        add(headline(dashboard, format));
        if (!dashboard.months().isEmpty()) {
            add(downloads(access, dashboard, format));
        }
        if (!dashboard.alerts().isEmpty()) {
            add(alerts(dashboard, format, access.tenant().slug()));
        }
        if (dashboard.months().isEmpty()) {
            add(new Paragraph(getTranslation("outcome.dashboard.chart-later")));
        } else {
            add(SavingsChart.of(dashboard, format));
        }
        if (dashboard.solutions().stream().anyMatch(SolutionOutcome::hasRunEvents)) {
            add(new H3(getTranslation("outcome.runs.dashboard.title")), new Paragraph(getTranslation("outcome.runs.dashboard.note")),
                    runTable(dashboard, format));
        }
        add(new H3(getTranslation("outcome.dashboard.kpis")), kpiTable(dashboard, format), howWeCalculate());
    }

    /**
     * The last three months of each solution whose automation reports its runs: hours and
     * money next to the two units only events give, response time and errors.
     */
    private Grid<RunRow> runTable(SavingsDashboard dashboard, TenantFormat format) {
        Grid<RunRow> grid = new Grid<>();
        grid.addClassName("outcome-runs");
        grid.addColumn(RunRow::solution).setHeader(getTranslation("outcome.runs.column.solution")).setFlexGrow(2);
        grid.addColumn(RunRow::month).setHeader(getTranslation("outcome.runs.column.month")).setAutoWidth(true);
        grid.addColumn(RunRow::runs).setHeader(getTranslation("outcome.runs.column.runs")).setAutoWidth(true);
        grid.addColumn(RunRow::hours).setHeader(getTranslation("outcome.runs.column.hours")).setAutoWidth(true);
        grid.addColumn(RunRow::money).setHeader(getTranslation("outcome.runs.column.money")).setAutoWidth(true);
        grid.addColumn(RunRow::responseTime).setHeader(getTranslation("outcome.runs.column.response-time")).setAutoWidth(true);
        grid.addColumn(RunRow::errors).setHeader(getTranslation("outcome.runs.column.errors")).setAutoWidth(true);
        List<RunRow> rows = new ArrayList<>();
        for (SolutionOutcome solution : dashboard.solutions()) {
            for (RunEventMonth events : solution.runEventMonths()) {
                if (dashboard.lastThreeMonths().contains(events.month())) {
                    solution.months().stream().filter(m -> m.month().equals(events.month())).findFirst()
                            .ifPresent(saving -> rows.add(new RunRow(solution.solution().reference() + " · " + solution.solution().title(),
                                    format.shortMonth(saving.month()), format.number(BigDecimal.valueOf(events.runs()), 0),
                                    OutcomeFigures.hours(format, saving.hoursRecovered()), format.money(saving.moneySaved()),
                                    OutcomeFigures.responseTime(format, events.medianDurationMs()),
                                    format.number(BigDecimal.valueOf(events.failed()), 0))));
                }
            }
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private FlexLayout headline(SavingsDashboard dashboard, TenantFormat format) {
        String lastThree = getTranslation("outcome.dashboard.card.last-three", OutcomeFigures.months(format, dashboard.lastThreeMonths()));
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("overview-cards");
        cards.add(
                card(getTranslation("outcome.dashboard.card.hours"), OutcomeFigures.hours(format, dashboard.hoursLastThreeMonths()),
                        lastThree),
                card(getTranslation("outcome.dashboard.card.money"), format.money(dashboard.moneyLastThreeMonths()), lastThree),
                card(getTranslation("outcome.dashboard.card.roi"),
                        dashboard.roiToDate() == null ? "—" : format.percent(dashboard.roiToDate(), OutcomePrecision.ROI_PERCENT),
                        getTranslation("outcome.dashboard.card.up-to", format.shortMonth(dashboard.lastCompleteMonth()))),
                card(getTranslation("outcome.dashboard.card.payback"), dashboard.paybackMonth() == null
                                ? getTranslation("outcome.dashboard.card.payback-not-yet") : format.shortMonth(dashboard.paybackMonth()),
                        getTranslation("outcome.dashboard.card.payback-note")));
        return cards;
    }

    private static Div card(String title, String figure, String note) {
        Span big = new Span(figure);
        big.addClassName("headline-figure");
        Paragraph caption = new Paragraph(note);
        caption.addClassName("headline-note");
        Div card = new Div(new H3(title), big, caption);
        card.addClassNames("overview-card", "headline-card");
        return card;
    }

    /**
     * The monthly report of a chosen month (the last complete one first) as a PDF in the page's
     * language, and every month's figures as CSV; both are made when clicked, from the figures
     * of that moment.
     */
    private HorizontalLayout downloads(TenantAccess access, SavingsDashboard dashboard, TenantFormat format) {
        var tenant = access.tenant();
        Language reader = Language.forLocale(getLocale());
        List<YearMonth> months = MonthlyReport.months(dashboard);
        Select<YearMonth> month = new Select<>();
        month.setLabel(getTranslation("outcome.report.month"));
        month.setItems(months);
        month.setItemLabelGenerator(format::month);
        month.setValue(months.contains(dashboard.lastCompleteMonth()) ? dashboard.lastCompleteMonth() : months.getFirst());
        month.addClassName("report-month");

        Anchor pdf = new Anchor();
        pdf.setText(getTranslation("outcome.report.download-pdf"));
        pdf.setId("monthly-report-pdf");
        Runnable pointPdfAtMonth = () -> {
            YearMonth chosen = month.getValue();
            pdf.setHref((DownloadHandler) event -> {
                event.setFileName(MonthlyReport.pdfFileName(tenant.slug(), chosen));
                event.setContentType(MonthlyReport.PDF_CONTENT_TYPE);
                try (OutputStream out = event.getOutputStream()) {
                    out.write(report.pdf(tenant.id(), chosen, reader));
                }
            }, AttachmentType.DOWNLOAD);
        };
        pointPdfAtMonth.run();
        month.addValueChangeListener(change -> pointPdfAtMonth.run());

        Anchor csv = new Anchor((DownloadHandler) event -> {
            event.setFileName(MonthlyReport.csvFileName(tenant.slug()));
            event.setContentType(MonthlyReport.CSV_CONTENT_TYPE);
            try (OutputStream out = event.getOutputStream()) {
                report.writeCsv(tenant.id(), out);
            }
        }, AttachmentType.DOWNLOAD, getTranslation("outcome.report.download-csv"));
        csv.setId("monthly-figures-csv");

        HorizontalLayout row = new HorizontalLayout(month, pdf, csv);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.addClassName("outcome-downloads");
        return row;
    }

    private Div alerts(SavingsDashboard dashboard, TenantFormat format, String slug) {
        UnorderedList list = new UnorderedList();
        for (KpiAlert alert : dashboard.alerts()) {
            // Each open alert leads to its solution's alert history, where it is acknowledged.
            Anchor history = new Anchor(ShellNavigation.url(SolutionAlertsView.class, ShellNavigation.inTenant(slug,
                    SolutionAlertsView.RECORD_PARAMETER, String.valueOf(alert.recordId()))),
                    getTranslation("outcome.dashboard.alert", alert.solutionReference(), Texts.t(alert.message()), format.date(alert.since())));
            history.getElement().setAttribute("router-link", true);
            list.add(new ListItem(history));
        }
        Div box = new Div(new H3(getTranslation("outcome.dashboard.alerts")), list);
        box.addClassName("outcome-alerts");
        return box;
    }

    private Grid<KpiRow> kpiTable(SavingsDashboard dashboard, TenantFormat format) {
        Grid<KpiRow> grid = new Grid<>();
        grid.addColumn(KpiRow::solution).setHeader(getTranslation("outcome.dashboard.column.solution")).setFlexGrow(2);
        grid.addColumn(KpiRow::kpi).setHeader(getTranslation("outcome.dashboard.column.kpi")).setFlexGrow(2);
        grid.addColumn(KpiRow::latest).setHeader(getTranslation("outcome.dashboard.column.latest")).setAutoWidth(true);
        grid.addColumn(KpiRow::period).setHeader(getTranslation("outcome.dashboard.column.period")).setAutoWidth(true);
        grid.addColumn(KpiRow::baseline).setHeader(getTranslation("outcome.dashboard.column.baseline")).setAutoWidth(true);
        grid.addColumn(KpiRow::target).setHeader(getTranslation("outcome.dashboard.column.target")).setAutoWidth(true);
        grid.addColumn(KpiRow::attainment).setHeader(getTranslation("outcome.dashboard.column.attainment")).setAutoWidth(true);
        grid.setItems(dashboard.solutions().stream()
                .flatMap(solution -> solution.kpis().stream().map(status -> kpiRow(solution, status, format))).toList());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private KpiRow kpiRow(SolutionOutcome solution, KpiStatus status, TenantFormat format) {
        KpiDefinition kpi = status.kpi();
        return new KpiRow(solution.solution().reference() + " · " + solution.solution().title(), kpi.name(),
                status.latest() == null ? getTranslation("outcome.dashboard.no-data") : OutcomeFigures.value(format, kpi, status.latest().value()),
                status.latest() == null ? "—" : OutcomeFigures.period(format, kpi.cadence(), status.latest().periodStart()),
                OutcomeFigures.value(format, kpi, kpi.baseline()),
                OutcomeFigures.value(format, kpi, kpi.target()) + " (" + OutcomeFigures.direction(kpi) + ")",
                OutcomeFigures.attainment(format, status.attainment()));
    }

    /** The explanation is written into the page when it is opened: a dashboard left open keeps only its summary line. */
    private Details howWeCalculate() {
        Div text = new Div();
        Details details = new Details(getTranslation("outcome.how.title"), text);
        details.addClassName("how-we-calculate");
        details.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && text.getComponentCount() == 0) {
                explain(text);
            }
        });
        return details;
    }

    private void explain(Div text) {
        for (String key : List.of("outcome.how.last-three", "outcome.how.hours-from-runs", "outcome.how.hours-from-kpi",
                "outcome.how.months-without-data", "outcome.how.money", "outcome.how.roi", "outcome.how.payback",
                "outcome.runs.how", "outcome.how.attainment", "outcome.how.alerts")) {
            text.add(new Paragraph(getTranslation(key)));
        }
    }
}
