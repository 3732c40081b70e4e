package studio.smartwork.portal.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The value of one KPI in one period (a month or a week, by the KPI's cadence), with who
 * recorded it last and when.
 *
 * @param periodStart the first day of the month, or the Monday of the week
 */
public record Measurement(
        long recordId,
        long kpiId,
        LocalDate periodStart,
        BigDecimal value,
        String recordedBy,
        Instant recordedAt) {
}
