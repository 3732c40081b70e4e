package studio.smartwork.portal.mail;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plain-text e-mail to one person, with files where it carries any.
 *
 * @param unsubscribeUrl for a mail the person may turn off: the one-click link that does it,
 *        also sent as the {@code List-Unsubscribe} header so mail programs offer it
 */
public record Mail(String to, String subject, String text, List<MailAttachment> attachments, @Nullable String unsubscribeUrl) {

    public Mail {
        attachments = List.copyOf(attachments);
    }

    public Mail(String to, String subject, String text, List<MailAttachment> attachments) {
        this(to, subject, text, attachments, null);
    }

    public Mail(String to, String subject, String text) {
        this(to, subject, text, List.of(), null);
    }
}
