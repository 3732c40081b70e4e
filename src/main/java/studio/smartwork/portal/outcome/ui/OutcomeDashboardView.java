package studio.smartwork.portal.outcome.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import studio.smartwork.portal.outcome.KpiAlert;
import studio.smartwork.portal.outcome.KpiStatus;
import studio.smartwork.portal.outcome.OutcomeService;
import studio.smartwork.portal.outcome.SavingsDashboard;
import studio.smartwork.portal.outcome.SolutionOutcome;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * The executive savings dashboard: what automation saved in the last three complete months,
 * ROI and payback, a chart per month, and where each live solution's KPIs stand. Everyone
 * in the tenant may look; consultants get a way to record the figures.
 */
@Route(value = OutcomeNavigation.DASHBOARD, layout = TenantLayout.class)
@PageTitle("Outcomes · SmartWork Portal")
@PermitAll
public class OutcomeDashboardView extends VerticalLayout implements BeforeEnterObserver {

    /** One row of the KPI table: a KPI and the solution it belongs to. */
    record KpiRow(SolutionOutcome solution, KpiStatus status) {
    }

    private final OutcomeService outcomes;

    OutcomeDashboardView(OutcomeService outcomes) {
        this.outcomes = outcomes;
        setPadding(false);
        addClassName("outcome-dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TenantAccess access = TenantLayout.current();
        TenantFormat format = access.tenant().format();
        SavingsDashboard dashboard = outcomes.dashboard(access.tenant().id());
        removeAll();

        if (OutcomeService.mayRecord(access.role())) {
            Button record = new Button("Record measurements", VaadinIcon.EDIT.create(),
                    click -> OutcomeNavigation.toMeasurements(access.tenant().slug()));
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(record);
        }
        if (!dashboard.hasSolutions()) {
            add(new H3("No live solution yet"),
                    new Paragraph("When the first automation goes live, this page shows the hours and money it recovers: "
                            + "the last three complete months, return on investment, the month it paid for itself, a chart "
                            + "month by month and how each KPI compares with its target. The first figures appear once the "
                            + "solution's first full month has ended and its results have been recorded."),
                    howWeCalculate());
            return;
        }

        add(headline(dashboard, format));
        if (!dashboard.alerts().isEmpty()) {
            add(alerts(dashboard, format));
        }
        if (dashboard.months().isEmpty()) {
            add(new Paragraph("The chart starts when the first full month after going live has ended."));
        } else {
            add(SavingsChart.of(dashboard, format));
        }
        add(new H3("Live solutions and their KPIs"), kpiTable(dashboard, format), howWeCalculate());
    }

    private static FlexLayout headline(SavingsDashboard dashboard, TenantFormat format) {
        String lastThree = OutcomeFigures.months(format, dashboard.lastThreeMonths());
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("overview-cards");
        cards.add(
                card("Hours recovered", OutcomeFigures.hours(format, dashboard.hoursLastThreeMonths()), "Last 3 months · " + lastThree),
                card("Money saved", format.money(dashboard.moneyLastThreeMonths()), "Last 3 months · " + lastThree),
                card("ROI to date", dashboard.roiToDate() == null ? "—" : format.percent(dashboard.roiToDate(), 0),
                        "Up to " + format.shortMonth(dashboard.lastCompleteMonth())),
                card("Payback", dashboard.paybackMonth() == null ? "Not yet" : format.shortMonth(dashboard.paybackMonth()),
                        "When the net saving covered the build cost"));
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

    private static Div alerts(SavingsDashboard dashboard, TenantFormat format) {
        UnorderedList list = new UnorderedList();
        for (KpiAlert alert : dashboard.alerts()) {
            list.add(new ListItem(alert.solutionReference() + " · " + alert.kpiName() + " " + alert.kind().description()
                    + " (since " + format.date(alert.since()) + ")"));
        }
        Div box = new Div(new H3("Needs attention"), list);
        box.addClassName("outcome-alerts");
        return box;
    }

    private static Grid<KpiRow> kpiTable(SavingsDashboard dashboard, TenantFormat format) {
        Grid<KpiRow> grid = new Grid<>();
        grid.addColumn(row -> row.solution().solution().reference() + " · " + row.solution().solution().title())
                .setHeader("Solution").setFlexGrow(2);
        grid.addColumn(row -> row.status().kpi().name()).setHeader("KPI").setFlexGrow(2);
        grid.addColumn(row -> row.status().latest() == null ? "No data yet"
                : OutcomeFigures.value(format, row.status().kpi(), row.status().latest().value()))
                .setHeader("Latest").setAutoWidth(true);
        grid.addColumn(row -> row.status().latest() == null ? "—"
                : OutcomeFigures.period(format, row.status().kpi().cadence(), row.status().latest().periodStart()))
                .setHeader("Period").setAutoWidth(true);
        grid.addColumn(row -> OutcomeFigures.value(format, row.status().kpi(), row.status().kpi().baseline()))
                .setHeader("Baseline").setAutoWidth(true);
        grid.addColumn(row -> OutcomeFigures.value(format, row.status().kpi(), row.status().kpi().target())
                + " (" + OutcomeFigures.direction(row.status().kpi()) + ")")
                .setHeader("Target").setAutoWidth(true);
        grid.addColumn(row -> OutcomeFigures.attainment(format, row.status().attainment()))
                .setHeader("Attainment").setAutoWidth(true);
        grid.setItems(dashboard.solutions().stream()
                .flatMap(solution -> solution.kpis().stream().map(status -> new KpiRow(solution, status))).toList());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Details howWeCalculate() {
        Div text = new Div(
                new Paragraph("Last 3 months are the three most recent calendar months that have ended, in your time zone."),
                new Paragraph("Hours recovered in a month, for a solution counted by its runs: successful runs × the minutes "
                        + "the task took by hand, minus the minutes people spend reviewing each run × all runs; divided by 60."),
                new Paragraph("Hours recovered in a month, for a solution measured by an hours KPI: the monthly hours before "
                        + "the solution, minus the hours measured that month."),
                new Paragraph("A month without any recorded figure counts as 0 hours recovered, but its running cost still "
                        + "counts. Months count from the month the solution went live to the last month that has ended."),
                new Paragraph("Money saved = hours recovered × the loaded hourly cost. Net saving = money saved − running cost "
                        + "of the month."),
                new Paragraph("ROI to date = (all money saved − all running costs − build cost) ÷ (build cost + all running "
                        + "costs). 0 % means the solutions have just paid for themselves."),
                new Paragraph("Payback is the first month in which the net saving added up since going live reached the build "
                        + "cost. Over several solutions, all their build costs count."),
                new Paragraph("Attainment shows how much of the way from baseline to target the latest value has come: "
                        + "(baseline − latest) ÷ (baseline − target) when lower is better, (latest − baseline) ÷ (target − "
                        + "baseline) when higher is better. 100 % is on target."),
                new Paragraph("Needs attention: a KPI that missed its target in the last two periods that have ended, got worse "
                        + "two periods in a row, or has no figure for the last two periods."));
        Details details = new Details("How we calculate", text);
        details.addClassName("how-we-calculate");
        return details;
    }
}
