package studio.smartwork.portal.outcome;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.outcome.internal.MonthlyReportPdf;
import studio.smartwork.portal.outcome.internal.ReportContent;
import studio.smartwork.portal.outcome.internal.ReportContent.ChartMonth;
import studio.smartwork.portal.outcome.internal.ReportContent.Figure;
import studio.smartwork.portal.outcome.internal.ReportContent.SolutionSection;
import studio.smartwork.portal.outcome.internal.ReportContent.Table;
import studio.smartwork.portal.outcome.internal.ReportContent.Tick;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.PortalTexts;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * The savings dashboard as a monthly report (PDF) and its months as CSV. Every figure is the
 * dashboard's own ({@link OutcomeService#dashboard}), rounded by the same {@link TenantFormat}
 * methods and {@link OutcomePrecision} digits as the screen and the API; the year to date adds
 * the dashboard's months with {@link SavingsCalculator#hoursIn} and {@link SavingsCalculator#moneyIn},
 * as the dashboard adds its last three. Words are in the reader's language; money, numbers,
 * dates and times in the tenant's formats and time zone (docs/product.md, "Monthly report").
 */
@Service
public class MonthlyReport {

    /** The CSV's columns; see {@link #writeCsv}. */
    public static final List<String> CSV_HEADER = List.of("month", "solution", "hours_recovered", "money_saved", "running_cost",
            "net_saving", "cumulative_net_saving", "runs", "errors", "median_response_seconds");
    public static final String PDF_CONTENT_TYPE = MediaType.APPLICATION_PDF_VALUE;
    public static final String CSV_CONTENT_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8).toString();
    /** In the CSV's solution column, the row of all solutions together. */
    public static final String ALL_SOLUTIONS = "all";
    private static final int CHART_MONTHS = 12;
    private static final List<String> HOW_WE_CALCULATE = List.of("outcome.how.last-three", "outcome.how.hours-from-runs",
            "outcome.how.hours-from-kpi", "outcome.how.months-without-data", "outcome.how.money", "outcome.how.roi",
            "outcome.how.payback", "outcome.runs.how", "outcome.how.attainment", "outcome.how.alerts",
            "outcome.report.how.year-to-date", "outcome.report.how.as-of");

    private final OutcomeService outcomes;
    private final TenantService tenants;
    private final PortalTexts texts;
    private final Clock clock;

    MonthlyReport(OutcomeService outcomes, TenantService tenants, PortalTexts texts, Clock clock) {
        this.outcomes = outcomes;
        this.tenants = tenants;
        this.texts = texts;
        this.clock = clock;
    }

    /** The months a report can be made for: those of the dashboard's chart, newest first. */
    public static List<YearMonth> months(SavingsDashboard dashboard) {
        return dashboard.months().stream().map(MonthlySaving::month).sorted(java.util.Comparator.reverseOrder()).toList();
    }

    /** "acme-savings-2026-10.pdf": the tenant's address name, the month as yyyy-MM. */
    public static String pdfFileName(String tenantSlug, YearMonth month) {
        return tenantSlug + "-savings-" + month + ".pdf";
    }

    public static String csvFileName(String tenantSlug) {
        return tenantSlug + "-savings-by-month.csv";
    }

    /** The report of a month for the signed-in person, in their language; the month must be one of {@link #months}. */
    public byte[] pdf(TenantId tenant, YearMonth month, Language reader) {
        return pdf(tenantOf(tenant), outcomes.dashboard(tenant), month, reader);
    }

    /** The report of a month from a dashboard already made (the mail on the 1st renders one per language). */
    byte[] pdf(TenantSummary tenant, SavingsDashboard dashboard, YearMonth month, Language reader) {
        return MonthlyReportPdf.write(content(tenant, dashboard, month, reader), reader.code());
    }

    /**
     * The dashboard's months as CSV, streamed: per month a row of all solutions together
     * (solution {@value #ALL_SOLUTIONS}), then one per solution counted that month with its
     * runs, errors and median response time where its automation reports runs. Machine format,
     * as the audit's export: English column names, months as yyyy-MM, figures with a dot
     * decimal and rounded as the dashboard shows them (hours to a tenth, money to the
     * currency's cents, seconds to a tenth), whatever the tenant's locale.
     */
    public void writeCsv(TenantId tenant, OutputStream out) {
        SavingsDashboard dashboard = outcomes.dashboard(tenant);
        TenantFormat format = tenantOf(tenant).format();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
            csv.printRecord(CSV_HEADER);
            for (MonthlySaving month : dashboard.months()) {
                csv.printRecord(csvRow(format, month, ALL_SOLUTIONS, null));
                for (SolutionOutcome solution : dashboard.solutions()) {
                    for (MonthlySaving own : solution.months()) {
                        if (own.month().equals(month.month())) {
                            csv.printRecord(csvRow(format, own, solution.solution().reference(), runs(solution, month.month())));
                        }
                    }
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> csvRow(TenantFormat format, MonthlySaving month, String solution, @Nullable RunEventMonth runs) {
        List<String> row = new ArrayList<>(List.of(month.month().toString(), solution,
                TenantFormat.asShown(month.hoursRecovered(), OutcomePrecision.HOURS).toPlainString(),
                format.moneyAsShown(month.moneySaved()).toPlainString(), format.moneyAsShown(month.runningCost()).toPlainString(),
                format.moneyAsShown(month.netSaving()).toPlainString(), format.moneyAsShown(month.cumulativeNetSaving()).toPlainString()));
        row.add(runs == null ? "" : String.valueOf(runs.runs()));
        row.add(runs == null ? "" : String.valueOf(runs.failed()));
        row.add(runs == null || runs.medianDurationMs() == null ? ""
                : TenantFormat.asShown(runs.medianDurationMs().movePointLeft(3), OutcomePrecision.RESPONSE_SECONDS).toPlainString());
        return row;
    }

    ReportContent content(TenantSummary tenant, SavingsDashboard dashboard, YearMonth month, Language reader) {
        MonthlySaving ofMonth = dashboard.months().stream().filter(m -> m.month().equals(month)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("month", "outcome.report.refusal.month"));
        ReportFigures figures = new ReportFigures(tenant.formatFor(reader.locale()), texts, reader);
        TenantFormat format = figures.format();
        List<YearMonth> yearToDate = dashboard.months().stream().map(MonthlySaving::month)
                .filter(m -> m.getYear() == month.getYear() && !m.isAfter(month)).toList();
        String lastThree = figures.text("outcome.dashboard.card.last-three",
                figures.months(dashboard.lastThreeMonths().getFirst(), dashboard.lastThreeMonths().getLast()));
        String yearMonths = figures.months(yearToDate.getFirst(), yearToDate.getLast());

        List<Figure> headline = List.of(
                new Figure(figures.text("outcome.report.month-hours"), figures.hours(ofMonth.hoursRecovered()), format.month(month)),
                new Figure(figures.text("outcome.report.month-money"), figures.money(ofMonth.moneySaved()), format.month(month)),
                new Figure(figures.text("outcome.report.year-hours", String.valueOf(month.getYear())),
                        figures.hours(SavingsCalculator.hoursIn(dashboard.months(), yearToDate)), yearMonths),
                new Figure(figures.text("outcome.report.year-money", String.valueOf(month.getYear())),
                        figures.money(SavingsCalculator.moneyIn(dashboard.months(), yearToDate)), yearMonths),
                new Figure(figures.text("outcome.dashboard.card.hours"), figures.hours(dashboard.hoursLastThreeMonths()), lastThree),
                new Figure(figures.text("outcome.dashboard.card.money"), figures.money(dashboard.moneyLastThreeMonths()), lastThree),
                new Figure(figures.text("outcome.dashboard.card.roi"), figures.roi(dashboard.roiToDate()),
                        figures.text("outcome.dashboard.card.up-to", format.shortMonth(dashboard.lastCompleteMonth()))),
                new Figure(figures.text("outcome.dashboard.card.payback"), dashboard.paybackMonth() == null
                        ? figures.text("outcome.dashboard.card.payback-not-yet") : format.shortMonth(dashboard.paybackMonth()),
                        figures.text("outcome.dashboard.card.payback-note")));

        List<SolutionSection> solutions = dashboard.solutions().stream()
                .flatMap(solution -> solution.months().stream().filter(m -> m.month().equals(month)).findFirst()
                        .map(own -> section(figures, solution, own)).stream())
                .toList();
        List<String> alerts = dashboard.alerts().isEmpty() ? List.of(figures.text("outcome.report.no-alerts"))
                : dashboard.alerts().stream().map(alert -> figures.text("outcome.dashboard.alert", alert.solutionReference(),
                        texts.text(reader, alert.message()), format.date(alert.since()))).toList();
        return new ReportContent(
                figures.text("outcome.report.title", tenant.name(), format.month(month)),
                figures.text("outcome.report.made-on", format.dateTime(clock.instant()), format.zone().getId()),
                figures.text("outcome.report.headline"), headline, chart(figures, dashboard, month),
                figures.text("outcome.report.solutions", format.month(month)), solutions,
                figures.text("outcome.dashboard.alerts"), alerts,
                figures.text("outcome.how.title"), HOW_WE_CALCULATE.stream().map(key -> figures.text(key)).toList());
    }

    private static SolutionSection section(ReportFigures figures, SolutionOutcome solution, MonthlySaving month) {
        RunEventMonth runs = runs(solution, month.month());
        Table monthTable = new Table(
                List.of(figures.text("outcome.runs.column.month"), figures.text("outcome.runs.column.hours"),
                        figures.text("outcome.runs.column.money"), figures.text("outcome.runs.column.runs"),
                        figures.text("outcome.runs.column.response-time"), figures.text("outcome.runs.column.errors")),
                List.of(List.of(figures.format().shortMonth(month.month()), figures.hours(month.hoursRecovered()),
                        figures.money(month.moneySaved()), runs == null ? "—" : figures.count(runs.runs()),
                        runs == null ? "—" : figures.responseTime(runs.medianDurationMs()),
                        runs == null ? "—" : figures.count(runs.failed()))));
        Table kpis = new Table(
                List.of(figures.text("outcome.dashboard.column.kpi"), figures.text("outcome.dashboard.column.latest"),
                        figures.text("outcome.dashboard.column.period"), figures.text("outcome.dashboard.column.baseline"),
                        figures.text("outcome.dashboard.column.target"), figures.text("outcome.dashboard.column.attainment")),
                solution.kpis().stream().map(status -> List.of(status.kpi().name(),
                        status.latest() == null ? figures.text("outcome.dashboard.no-data")
                                : figures.value(status.kpi(), status.latest().value()),
                        status.latest() == null ? "—" : figures.period(status.kpi().cadence(), status.latest().periodStart()),
                        figures.value(status.kpi(), status.kpi().baseline()),
                        figures.value(status.kpi(), status.kpi().target()) + " (" + figures.direction(status.kpi()) + ")",
                        figures.attainment(status.attainment()))).toList());
        return new SolutionSection(solution.solution().reference() + " · " + solution.solution().title(), monthTable, kpis);
    }

    private static @Nullable RunEventMonth runs(SolutionOutcome solution, YearMonth month) {
        return solution.runEventMonths().stream().filter(r -> r.month().equals(month)).findFirst().orElse(null);
    }

    /** The chart of the twelve months up to the report's month, with round axes from zero (or below, for a net loss). */
    private static ReportContent.Chart chart(ReportFigures figures, SavingsDashboard dashboard, YearMonth month) {
        List<MonthlySaving> shown = dashboard.months().stream().filter(m -> !m.month().isAfter(month)).toList();
        shown = shown.subList(Math.max(0, shown.size() - CHART_MONTHS), shown.size());
        TenantFormat format = figures.format();
        List<ChartMonth> months = shown.stream().map(m -> new ChartMonth(format.shortMonth(m.month()), m.hoursRecovered(),
                m.cumulativeNetSaving(), figures.hours(m.hoursRecovered()), figures.money(m.cumulativeNetSaving()))).toList();
        BigDecimal mostHours = shown.stream().map(MonthlySaving::hoursRecovered).reduce(BigDecimal.ZERO, BigDecimal::max);
        BigDecimal highestNet = shown.stream().map(MonthlySaving::cumulativeNetSaving).reduce(BigDecimal.ZERO, BigDecimal::max);
        BigDecimal lowestNet = shown.stream().map(MonthlySaving::cumulativeNetSaving).reduce(BigDecimal.ZERO, BigDecimal::min);
        List<Tick> hoursTicks = ticks(BigDecimal.ZERO, mostHours).stream()
                .map(v -> new Tick(v, format.number(v, v.stripTrailingZeros().scale() > 0 ? 1 : 0) + " h")).toList();
        List<Tick> netTicks = ticks(lowestNet, highestNet).stream().map(v -> new Tick(v, format.money(v))).toList();
        return new ReportContent.Chart(figures.text("outcome.chart.label"), figures.text("outcome.chart.hours"),
                figures.text("outcome.chart.net"), months, hoursTicks, netTicks);
    }

    /** Round ticks (steps of 1, 2 or 5 times a power of ten) that take in both values, at most six. */
    static List<BigDecimal> ticks(BigDecimal low, BigDecimal high) {
        BigDecimal span = high.subtract(low);
        if (span.signum() <= 0) {
            span = BigDecimal.ONE;
        }
        BigDecimal rough = span.divide(BigDecimal.valueOf(4), 10, RoundingMode.HALF_UP);
        BigDecimal power = BigDecimal.ONE.movePointRight(rough.precision() - rough.scale() - 1);
        BigDecimal step = power;
        for (int factor : new int[] {1, 2, 5, 10}) {
            step = power.multiply(BigDecimal.valueOf(factor));
            if (step.compareTo(rough) >= 0) {
                break;
            }
        }
        BigDecimal first = low.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal tick = first; ticks.size() < 2 || ticks.getLast().compareTo(high) < 0; tick = tick.add(step)) {
            ticks.add(tick);
        }
        return ticks;
    }

    private TenantSummary tenantOf(TenantId tenant) {
        return tenants.find(tenant).orElseThrow(TenantNotFoundException::new);
    }
}
