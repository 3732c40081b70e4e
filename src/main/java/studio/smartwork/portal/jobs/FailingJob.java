package studio.smartwork.portal.jobs;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A job of the queue whose last attempts failed and that waits for its next try (the queue
 * backs off between tries, as each kind of job chooses).
 *
 * @param kind the job's kind as the queue names it ("mail", "webhook-delivery", …)
 * @param instance which one of its kind (a mail's or delivery's number and series)
 */
public record FailingJob(String kind, String instance, int failures, @Nullable Instant lastFailure, @Nullable Instant lastSuccess,
        Instant nextTry) {
}
