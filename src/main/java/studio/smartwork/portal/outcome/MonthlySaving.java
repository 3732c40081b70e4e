package studio.smartwork.portal.outcome;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One month of one solution, or of all a tenant's solutions together. Money is in the
 * tenant's currency, rounded to cents per solution and month.
 *
 * @param hasData             whether anything was measured for the month; without data the
 *                            month recovers no hours but still costs its running cost
 * @param cumulativeNetSaving net saving from the first counted month up to this one
 */
public record MonthlySaving(
        YearMonth month,
        BigDecimal hoursRecovered,
        BigDecimal moneySaved,
        BigDecimal runningCost,
        BigDecimal cumulativeNetSaving,
        boolean hasData) {

    /** Money saved less running cost. */
    public BigDecimal netSaving() {
        return moneySaved.subtract(runningCost);
    }
}
