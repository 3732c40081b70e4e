package studio.smartwork.portal.audit;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An automation candidate promoted from a campaign's tasks, with the expected saving:
 * potential × monthly hours of its tasks, and that × their hourly cost in money.
 * {@code taskIds} and {@code taskLabels} go together, in the order of the labels;
 * {@code version} is what a change must have read.
 */
public record Candidate(
        long id,
        long version,
        long campaignId,
        String title,
        BigDecimal potentialPercent,
        Effort effort,
        @Nullable String note,
        List<Long> taskIds,
        List<String> taskLabels,
        BigDecimal monthlyHours,
        BigDecimal monthlyOccurrences,
        BigDecimal minutesPerOccurrence,
        BigDecimal hourlyCost,
        BigDecimal expectedHoursPerMonth,
        BigDecimal expectedMoneyPerMonth) {
}
