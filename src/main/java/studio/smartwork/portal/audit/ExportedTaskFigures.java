package studio.smartwork.portal.audit;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One task of a campaign's analysis as it leaves the portal — in the CSV export and through the
 * HTTP API alike, so both give the same figures: decimals rounded half up to two places, and
 * suitability to four (two would hide why two tasks rank the way they do). Ranked as the
 * analysis ranks its tasks.
 */
public record ExportedTaskFigures(
        String process,
        String task,
        @Nullable Integer people,
        long minutesTotal,
        long occurrencesTotal,
        BigDecimal monthlyHours,
        BigDecimal monthlyOccurrences,
        BigDecimal minutesPerOccurrence,
        BigDecimal suitability,
        BigDecimal automatableHoursPerMonth,
        BigDecimal hourlyCost,
        BigDecimal monthlyCost,
        BigDecimal automatableValuePerMonth,
        @Nullable BigDecimal friction) {

    static ExportedTaskFigures of(TaskAnalysis row) {
        return new ExportedTaskFigures(row.process(), row.task(), row.people(), row.minutesTotal(), row.occurrencesTotal(),
                two(row.monthlyHours()), two(row.monthlyOccurrences()), two(row.minutesPerOccurrence()),
                row.suitability().setScale(4, java.math.RoundingMode.HALF_UP), two(row.automatableHoursPerMonth()),
                two(row.hourlyCost()), two(row.monthlyCost()), two(row.automatableValuePerMonth()),
                row.friction() == null ? null : two(row.friction()));
    }

    private static BigDecimal two(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
