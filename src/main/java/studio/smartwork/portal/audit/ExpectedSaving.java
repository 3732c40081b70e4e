package studio.smartwork.portal.audit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;

/**
 * What automating a group of tasks is expected to save per month: potential × their
 * monthly hours, and in money potential × their monthly cost (= expected hours × their
 * hourly cost). The one place this is computed, for the promote dialog and the candidates.
 */
public record ExpectedSaving(BigDecimal monthlyHours, BigDecimal monthlyOccurrences, BigDecimal minutesPerOccurrence,
        BigDecimal monthlyCost, BigDecimal hourlyCost, BigDecimal hoursPerMonth, BigDecimal moneyPerMonth) {

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static ExpectedSaving of(BigDecimal potentialPercent, Collection<TaskAnalysis> tasks) {
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal occurrences = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        long minutesTotal = 0;
        long occurrencesTotal = 0;
        for (TaskAnalysis row : tasks) {
            hours = hours.add(row.monthlyHours());
            occurrences = occurrences.add(row.monthlyOccurrences());
            cost = cost.add(row.monthlyCost());
            minutesTotal += row.minutesTotal();
            occurrencesTotal += row.occurrencesTotal();
        }
        BigDecimal share = potentialPercent.divide(HUNDRED, PRECISION);
        BigDecimal hourlyCost = hours.signum() == 0 ? BigDecimal.ZERO : cost.divide(hours, PRECISION);
        BigDecimal perOccurrence = occurrencesTotal == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(minutesTotal).divide(BigDecimal.valueOf(occurrencesTotal), PRECISION);
        return new ExpectedSaving(hours, occurrences, perOccurrence, cost, hourlyCost,
                share.multiply(hours, PRECISION), share.multiply(cost, PRECISION));
    }
}
