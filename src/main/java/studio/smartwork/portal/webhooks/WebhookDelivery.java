package studio.smartwork.portal.webhooks;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One message to one endpoint, as the delivery log shows it.
 *
 * @param eventType      the payload's type ("design_record.approved", or {@link WebhookEvent#TEST_TYPE})
 * @param lastStatus     the HTTP status of the last answer, null without one
 * @param lastResponseMs how long the last attempt took, in milliseconds
 * @param nextAttemptAt  when the next attempt is due, null when none is planned
 */
public record WebhookDelivery(
        long id,
        long endpointId,
        String messageId,
        String eventType,
        Instant createdAt,
        State state,
        int attempts,
        @Nullable Instant lastAttemptAt,
        @Nullable Integer lastStatus,
        @Nullable Integer lastResponseMs,
        @Nullable Problem lastProblem,
        @Nullable Instant nextAttemptAt) {

    /** Where a message stands. */
    public enum State {
        /** Not tried yet, or waiting for its endpoint to be turned on again. */
        PENDING,
        /** The last attempt failed; another is planned. */
        FAILED,
        DELIVERED,
        /** Attempts failed for a whole day; sending again by hand is still possible. */
        GAVE_UP;

        public String textKey() {
            return "webhooks.state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Why an attempt failed, in words on the page. */
    public enum Problem {
        /** An answer other than 2xx; the status says which. */
        STATUS,
        TIMEOUT,
        CONNECTION,
        UNKNOWN_HOST,
        PRIVATE_ADDRESS,
        TLS,
        OTHER;

        public String textKey() {
            return "webhooks.problem." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
