package studio.smartwork.portal.mail;

import java.util.List;

/** A plain-text e-mail to one person, with files where it carries any. */
public record Mail(String to, String subject, String text, List<MailAttachment> attachments) {

    public Mail {
        attachments = List.copyOf(attachments);
    }

    public Mail(String to, String subject, String text) {
        this(to, subject, text, List.of());
    }
}
