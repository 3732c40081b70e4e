package studio.smartwork.portal.outcome;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A solution's runs in one month (in the tenant's time zone) counted from its run events.
 *
 * @param runs                 every event of the month
 * @param failed               the month's errors
 * @param medianDurationMs     response time: the median duration of the month's events that
 *                             have one (the mean of the middle two for an even number); null if none has
 */
public record RunEventMonth(
        long recordId,
        YearMonth month,
        int runs,
        int succeeded,
        int failed,
        int handedToHuman,
        @Nullable BigDecimal medianDurationMs) {
}
