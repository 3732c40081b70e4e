package studio.smartwork.portal.design;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a solution design record takes from an automation candidate of the time audit:
 * its tasks and the audit's figures, which prefill the record's baseline and expected
 * saving. Figures are per month, money in the tenant's currency.
 *
 * @param minutesPerOccurrence Σ minutes / Σ occurrences over the candidate's tasks
 * @param hourlyCost           the loaded hourly cost the audit used for these tasks
 * @param expectedHoursPerMonth potential × monthly hours
 * @param expectedMoneyPerMonth expected hours × hourly cost
 */
public record CandidateFacts(
        long id,
        String title,
        List<String> taskNames,
        BigDecimal monthlyHours,
        BigDecimal monthlyOccurrences,
        BigDecimal minutesPerOccurrence,
        BigDecimal hourlyCost,
        BigDecimal potentialPercent,
        String effort,
        BigDecimal expectedHoursPerMonth,
        BigDecimal expectedMoneyPerMonth) {
}
