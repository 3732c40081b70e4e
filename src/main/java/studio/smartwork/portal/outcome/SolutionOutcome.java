package studio.smartwork.portal.outcome;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.design.LiveSolution;

/** What one live (or retired) solution has recovered, month by month, and where its KPIs stand. */
public record SolutionOutcome(
        LiveSolution solution,
        List<MonthlySaving> months,
        BigDecimal hoursLastThreeMonths,
        BigDecimal moneyLastThreeMonths,
        @Nullable BigDecimal roiToDate,
        @Nullable YearMonth paybackMonth,
        List<KpiStatus> kpis) {
}
