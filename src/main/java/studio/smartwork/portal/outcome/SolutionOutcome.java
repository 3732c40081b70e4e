package studio.smartwork.portal.outcome;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.design.LiveSolution;

/**
 * What one live (or retired) solution has recovered, month by month, and where its KPIs stand.
 *
 * @param runEventMonths the counted months that have run events, oldest first, with their
 *                       response time and errors
 */
public record SolutionOutcome(
        LiveSolution solution,
        List<MonthlySaving> months,
        BigDecimal hoursLastThreeMonths,
        BigDecimal moneyLastThreeMonths,
        @Nullable BigDecimal roiToDate,
        @Nullable YearMonth paybackMonth,
        List<KpiStatus> kpis,
        List<RunEventMonth> runEventMonths) {

    /** A solution without run events. */
    public SolutionOutcome(LiveSolution solution, List<MonthlySaving> months, BigDecimal hoursLastThreeMonths,
            BigDecimal moneyLastThreeMonths, @Nullable BigDecimal roiToDate, @Nullable YearMonth paybackMonth, List<KpiStatus> kpis) {
        this(solution, months, hoursLastThreeMonths, moneyLastThreeMonths, roiToDate, paybackMonth, kpis, List.of());
    }

    /** Whether the automation reports its runs: then its months show response time and errors. */
    public boolean hasRunEvents() {
        return !runEventMonths.isEmpty();
    }
}
