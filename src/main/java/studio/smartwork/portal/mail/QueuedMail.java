package studio.smartwork.portal.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mail of the outbox as administrators see it: to whom, what, and how its attempts went. */
public record QueuedMail(long id, String to, String subject, MailState state, int attempts, Instant createdAt,
        @Nullable Instant lastAttemptAt, @Nullable String lastError, @Nullable Instant sentAt) {
}
