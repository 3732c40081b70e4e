package studio.smartwork.portal.outcome;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's savings at a glance: the last three complete months, return on investment
 * and payback over all its solutions, the months for the chart, and each solution.
 *
 * @param roiToDate    a fraction (0.25 is 25 %); null while nothing was invested yet
 * @param paybackMonth the first month in which the cumulative net saving reached the
 *                     build cost; null if not yet
 * @param months       all solutions together, from the first live month to the last complete one
 */
public record SavingsDashboard(
        YearMonth lastCompleteMonth,
        List<YearMonth> lastThreeMonths,
        BigDecimal hoursLastThreeMonths,
        BigDecimal moneyLastThreeMonths,
        @Nullable BigDecimal roiToDate,
        @Nullable YearMonth paybackMonth,
        List<MonthlySaving> months,
        List<SolutionOutcome> solutions,
        List<KpiAlert> alerts) {

    public boolean hasSolutions() {
        return !solutions.isEmpty();
    }
}
