package studio.smartwork.portal.outcome.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import studio.smartwork.portal.design.KpiDefinition;
import studio.smartwork.portal.integrations.ApiCaller;
import studio.smartwork.portal.integrations.ApiKeyScope;
import studio.smartwork.portal.integrations.ApiNotFound;
import studio.smartwork.portal.integrations.AuthenticatedKey;
import studio.smartwork.portal.outcome.KpiAlert;
import studio.smartwork.portal.outcome.KpiStatus;
import studio.smartwork.portal.outcome.MonthlySaving;
import studio.smartwork.portal.outcome.OutcomePrecision;
import studio.smartwork.portal.outcome.OutcomeService;
import studio.smartwork.portal.outcome.RunEventMonth;
import studio.smartwork.portal.outcome.SavingsDashboard;
import studio.smartwork.portal.outcome.SolutionOutcome;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenancy.TenantNotFoundException;

/**
 * The savings as the executives' dashboard shows them, for the client's other tools: the same
 * service call, and every figure rounded exactly as the dashboard rounds it (money to the
 * currency's cents, hours to a tenth, ROI to a whole percent, response time to a tenth of a
 * second), so a figure read here equals the figure on the screen.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Savings", description = "The dashboard's figures and the live solutions with their KPIs and alerts (scope read_savings).")
class SavingsApi {

    private final OutcomeService outcomes;
    private final TenantService tenants;

    SavingsApi(OutcomeService outcomes, TenantService tenants) {
        this.outcomes = outcomes;
        this.tenants = tenants;
    }

    record Savings(String currency, String timeZone, YearMonth lastCompleteMonth, List<YearMonth> lastThreeMonths,
            BigDecimal hoursRecoveredLastThreeMonths, BigDecimal moneySavedLastThreeMonths, @Nullable BigDecimal roiToDate,
            @Nullable YearMonth paybackMonth, List<Month> months, List<Solution> solutions, List<Alert> alerts) {
    }

    record Month(YearMonth month, BigDecimal hoursRecovered, BigDecimal moneySaved, BigDecimal runningCost, BigDecimal netSaving,
            BigDecimal cumulativeNetSaving, boolean hasData) {
    }

    record Solution(String reference, String title, YearMonth liveSince, @Nullable YearMonth retiredIn, String savingsMethod,
            BigDecimal hoursRecoveredLastThreeMonths, BigDecimal moneySavedLastThreeMonths, @Nullable BigDecimal roiToDate,
            @Nullable YearMonth paybackMonth, List<Month> months, List<RunMonth> runs, List<Kpi> kpis) {
    }

    /** A month of the solution's reported runs: how many, how many failed, and the median response time. */
    record RunMonth(YearMonth month, int runs, int succeeded, int failed, int handedToHuman, @Nullable BigDecimal medianResponseSeconds) {
    }

    record Kpi(long id, String name, String unit, String direction, String cadence, BigDecimal baseline, BigDecimal target,
            @Nullable BigDecimal latestValue, @Nullable LocalDate latestPeriod, @Nullable BigDecimal attainment, List<Alert> alerts) {
    }

    record Alert(String solution, long kpiId, String kpi, String kind, LocalDate since) {
    }

    @GetMapping("/savings")
    @Operation(summary = "The savings dashboard's figures",
            description = "Hours recovered and money saved over the last three complete months, ROI to date, payback month, each month, each solution with its runs and KPIs, and the open alerts — rounded as the dashboard shows them.")
    Savings savings() {
        AuthenticatedKey key = ApiCaller.require(ApiKeyScope.READ_SAVINGS);
        SavingsDashboard dashboard = outcomes.dashboard(key.tenant());
        TenantFormat format = format(key);
        return new Savings(format.currency().getCurrencyCode(), format.zone().getId(), dashboard.lastCompleteMonth(),
                dashboard.lastThreeMonths(), hours(dashboard.hoursLastThreeMonths()), format.moneyAsShown(dashboard.moneyLastThreeMonths()),
                roi(dashboard.roiToDate()), dashboard.paybackMonth(), months(format, dashboard.months()),
                dashboard.solutions().stream().map(s -> solution(format, s)).toList(),
                dashboard.alerts().stream().map(SavingsApi::alert).toList());
    }

    @GetMapping("/solutions")
    @Operation(summary = "The live (and retired) solutions with their KPIs and alerts")
    List<Solution> solutions() {
        AuthenticatedKey key = ApiCaller.require(ApiKeyScope.READ_SAVINGS);
        TenantFormat format = format(key);
        return outcomes.dashboard(key.tenant()).solutions().stream().map(s -> solution(format, s)).toList();
    }

    @GetMapping("/solutions/{reference}")
    @Operation(summary = "One solution by its reference (\"SDR-3\")")
    Solution solution(@PathVariable String reference) {
        AuthenticatedKey key = ApiCaller.require(ApiKeyScope.READ_SAVINGS);
        TenantFormat format = format(key);
        return outcomes.dashboard(key.tenant()).solutions().stream()
                .filter(s -> s.solution().reference().equalsIgnoreCase(reference.trim()))
                .findFirst().map(s -> solution(format, s)).orElseThrow(ApiNotFound::new);
    }

    private TenantFormat format(AuthenticatedKey key) {
        return tenants.find(key.tenant()).orElseThrow(TenantNotFoundException::new).format();
    }

    private static Solution solution(TenantFormat format, SolutionOutcome outcome) {
        var s = outcome.solution();
        return new Solution(s.reference(), s.title(), s.liveSince(), s.retiredIn(), s.savingsMethod().name().toLowerCase(Locale.ROOT),
                hours(outcome.hoursLastThreeMonths()), format.moneyAsShown(outcome.moneyLastThreeMonths()), roi(outcome.roiToDate()),
                outcome.paybackMonth(), months(format, outcome.months()),
                outcome.runEventMonths().stream().map(SavingsApi::runMonth).toList(),
                outcome.kpis().stream().map(k -> kpi(k)).toList());
    }

    private static List<Month> months(TenantFormat format, List<MonthlySaving> months) {
        return months.stream().map(m -> new Month(m.month(), hours(m.hoursRecovered()), format.moneyAsShown(m.moneySaved()),
                format.moneyAsShown(m.runningCost()), format.moneyAsShown(m.netSaving()), format.moneyAsShown(m.cumulativeNetSaving()),
                m.hasData())).toList();
    }

    private static RunMonth runMonth(RunEventMonth month) {
        return new RunMonth(month.month(), month.runs(), month.succeeded(), month.failed(), month.handedToHuman(),
                month.medianDurationMs() == null ? null
                        : TenantFormat.asShown(month.medianDurationMs().movePointLeft(3), OutcomePrecision.RESPONSE_SECONDS));
    }

    private static Kpi kpi(KpiStatus status) {
        KpiDefinition kpi = status.kpi();
        return new Kpi(kpi.id(), kpi.name(), kpi.unit().name().toLowerCase(Locale.ROOT), kpi.direction().name().toLowerCase(Locale.ROOT),
                kpi.cadence().name().toLowerCase(Locale.ROOT), kpi.baseline().stripTrailingZeros(), kpi.target().stripTrailingZeros(),
                status.latest() == null ? null : status.latest().value().stripTrailingZeros(),
                status.latest() == null ? null : status.latest().periodStart(),
                status.attainment() == null ? null : TenantFormat.fractionAsShown(status.attainment(), OutcomePrecision.ATTAINMENT_PERCENT),
                status.alerts().stream().map(SavingsApi::alert).toList());
    }

    private static Alert alert(KpiAlert alert) {
        return new Alert(alert.solutionReference(), alert.kpiId(), alert.kpiName(), alert.kind().name().toLowerCase(Locale.ROOT),
                alert.since());
    }

    private static BigDecimal hours(BigDecimal hours) {
        return TenantFormat.asShown(hours, OutcomePrecision.HOURS);
    }

    private static @Nullable BigDecimal roi(@Nullable BigDecimal roi) {
        return roi == null ? null : TenantFormat.fractionAsShown(roi, OutcomePrecision.ROI_PERCENT);
    }
}
