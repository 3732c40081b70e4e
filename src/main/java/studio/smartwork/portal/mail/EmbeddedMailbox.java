package studio.smartwork.portal.mail;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
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

    private static SentMail sentMail(MimeMessage message) {
        try {
            Instant at = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                    : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH;
            Address[] recipients = message.getAllRecipients();
            String to = recipients == null ? "" : Arrays.stream(recipients).map(Address::toString).collect(Collectors.joining(", "));
            Object content = message.getContent();
            return new SentMail(at, to, message.getSubject(), content instanceof String text ? text.strip() : "");
        } catch (MessagingException e) {
            throw new IllegalStateException("A received mail cannot be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
