package studio.smartwork.portal.outcome;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A run as an automation reports it over the API: the solution named by its reference
 * ("SDR-3"), the rest as in {@link RunEvent}. Anything missing is refused by
 * {@link RunEvents#recordReported} with the field's name.
 */
public record ReportedRun(
        @Nullable String solution,
        @Nullable String eventId,
        @Nullable OffsetDateTime occurredAt,
        @Nullable RunOutcome outcome,
        @Nullable Long durationMs,
        @Nullable BigDecimal humanMinutes) {
}
