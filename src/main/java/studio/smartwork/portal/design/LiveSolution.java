package studio.smartwork.portal.design;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A design record that is (or was) live, with what outcome measurement needs from its
 * approved revision.
 *
 * @param liveSince            the month the solution went live; savings count from there
 * @param retiredIn            the month it was retired, if it was
 * @param savingsMethod        how hours recovered are measured (see docs/product.md, "Savings")
 * @param hoursKpiId           for {@link SavingsMethod#HOURS_KPI}: the KPI holding measured monthly hours
 * @param baselineMinutesPerOccurrence for {@link SavingsMethod#RUNS}: manual minutes per occurrence before
 * @param reviewMinutesPerRun  for {@link SavingsMethod#RUNS}: human review minutes per run after
 * @param baselineMonthlyHours for {@link SavingsMethod#HOURS_KPI}: monthly hours before
 */
public record LiveSolution(
        long recordId,
        String reference,
        String title,
        YearMonth liveSince,
        @Nullable YearMonth retiredIn,
        BigDecimal buildCost,
        BigDecimal runningCostPerMonth,
        BigDecimal hourlyCost,
        SavingsMethod savingsMethod,
        @Nullable Long hoursKpiId,
        BigDecimal baselineMinutesPerOccurrence,
        BigDecimal reviewMinutesPerRun,
        BigDecimal baselineMonthlyHours,
        List<KpiDefinition> kpis) {

    public enum SavingsMethod {
        RUNS, HOURS_KPI;

        /** The key of how the method measures, in the portal's texts: "design.savings-method.hours-kpi". */
        public String textKey() {
            return "design.savings-method." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
