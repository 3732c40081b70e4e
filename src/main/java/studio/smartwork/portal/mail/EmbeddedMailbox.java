package studio.smartwork.portal.mail;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * What the embedded SMTP server received, newest first. It exists only where that server
 * runs (development, demo, tests); with a real mail server the mails are in people's inboxes.
 */
@Component
@ConditionalOnProperty(EmbeddedMailEnvironment.ACTIVE)
public class EmbeddedMailbox {

    public List<SentMail> received() {
        GreenMail server = EmbeddedMailEnvironment.server();
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).map(EmbeddedMailbox::sentMail)
                .sorted(Comparator.comparing(SentMail::receivedAt).reversed())
                .toList();
    }

    /** The mails received for one address, newest first. */
    public List<SentMail> receivedBy(String address) {
        return received().stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    /** A mail with files: its plain text, and each attached file (the monthly report's PDF). */
    private static void read(Multipart parts, StringBuilder text, List<MailAttachment> attachments) throws MessagingException, IOException {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            Object content = part.getContent();
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                try (InputStream in = part.getInputStream()) {
                    attachments.add(new MailAttachment(part.getFileName(), part.getContentType().split(";")[0].strip(), in.readAllBytes()));
                }
            } else if (content instanceof Multipart nested) {
                read(nested, text, attachments);
            } else if (content instanceof String plain) {
                text.append(plain);
            }
        }
    }

    private static SentMail sentMail(MimeMessage message) {
        try {
            Instant at = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                    : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH;
            Address[] recipients = message.getAllRecipients();
            String to = recipients == null ? "" : Arrays.stream(recipients).map(Address::toString).collect(Collectors.joining(", "));
            Object content = message.getContent();
            if (content instanceof Multipart parts) {
                StringBuilder text = new StringBuilder();
                List<MailAttachment> attachments = new ArrayList<>();
                read(parts, text, attachments);
                return new SentMail(at, to, message.getSubject(), text.toString().strip(), attachments);
            }
            return new SentMail(at, to, message.getSubject(), content instanceof String text ? text.strip() : "", List.of());
        } catch (MessagingException e) {
            throw new IllegalStateException("A received mail cannot be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
