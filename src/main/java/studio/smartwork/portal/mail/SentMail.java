package studio.smartwork.portal.mail;

import java.time.Instant;

/** A mail the embedded SMTP server received, as the Outbox shows it. */
public record SentMail(Instant receivedAt, String to, String subject, String text) {
}
