package studio.smartwork.portal.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the portal's e-mails over SMTP ({@code spring.mail.*}, or the embedded server).
 * A mail asked for inside a transaction leaves only once that transaction has committed, so
 * an invitation that is rolled back never reaches anyone. Mails carry links that are secrets
 * of their addressee: the log names the addressee and subject, never the text.
 */
@Service
public class OutgoingMail {

    private static final Logger log = LoggerFactory.getLogger(OutgoingMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    OutgoingMail(ObjectProvider<JavaMailSender> sender, @Value("${portal.mail.from}") String from) {
        this.sender = sender;
        this.from = from;
    }

    public void send(Mail mail) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(mail);
                }
            });
        } else {
            deliver(mail);
        }
    }

    private void deliver(Mail mail) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.warn("No mail server is configured (SPRING_MAIL_HOST): the mail \"{}\" to {} was not sent", mail.subject(), mail.to());
            return;
        }
        try {
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(), "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text());
            for (MailAttachment attachment : mail.attachments()) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
            }
            smtp.send(message);
        } catch (MessagingException e) {
            log.warn("The mail \"{}\" to {} could not be written: {}", mail.subject(), mail.to(), e.getMessage());
        } catch (MailException e) {
            log.warn("The mail \"{}\" to {} could not be sent: {}", mail.subject(), mail.to(), e.getMessage());
        }
    }
}
