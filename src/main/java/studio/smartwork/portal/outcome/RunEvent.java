package studio.smartwork.portal.outcome;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One run of a live solution as its sender reports it. Everything may be missing here, as
 * it comes from outside; {@link RunEvents} says what is wrong with it.
 *
 * @param recordId      the live solution, by its design record's id
 * @param senderEventId the sender's own id for this run: sending it again counts once
 * @param occurredAt    when the run happened, in the sender's time with its offset
 * @param durationMs    how long the run took, in milliseconds
 * @param humanMinutes  minutes a person spent on this run
 */
public record RunEvent(
        long recordId,
        @Nullable String senderEventId,
        @Nullable OffsetDateTime occurredAt,
        @Nullable RunOutcome outcome,
        @Nullable Long durationMs,
        @Nullable BigDecimal humanMinutes) {
}
