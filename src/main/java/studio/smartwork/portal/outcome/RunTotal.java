package studio.smartwork.portal.outcome;

import java.time.Instant;
import java.time.YearMonth;

/** How often a solution ran in a month, and how the runs ended; with who recorded it last and when. */
public record RunTotal(
        long recordId,
        YearMonth month,
        int runs,
        int succeeded,
        int failed,
        String recordedBy,
        Instant recordedAt) {
}
