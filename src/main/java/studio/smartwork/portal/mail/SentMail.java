package studio.smartwork.portal.mail;

import java.time.Instant;
import java.util.List;

/** A mail the embedded SMTP server received, as the Outbox shows it, with the files it carried. */
public record SentMail(Instant receivedAt, String to, String subject, String text, List<MailAttachment> attachments) {

    public SentMail {
        attachments = List.copyOf(attachments);
    }
}
