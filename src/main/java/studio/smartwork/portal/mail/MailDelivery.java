package studio.smartwork.portal.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** One attempt to hand a mail of the outbox to the SMTP server, and what came of it. */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int ERROR_LENGTH = 500;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailRetries retries;
    private final String from;
    private final Clock clock;

    MailDelivery(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, MailRetries retries,
            @Value("${portal.mail.from}") String from, Clock clock) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.retries = retries;
        this.from = from;
        this.clock = clock;
    }

    private record Waiting(String to, String subject, String text, @Nullable String unsubscribeUrl) {
    }

    /**
     * Sends the mail if it still waits. A refusal is written down; unless this was the last
     * attempt it is thrown on, so the job queue plans the next one.
     *
     * @param attempt the attempt's number in its series, 1 for the first
     */
    void attempt(long mailId, int attempt) {
        Optional<Waiting> waiting = jdbc.sql("select recipient, subject, body, unsubscribe_url from mail_outbox where id = :id and state = 'WAITING'")
                .param("id", mailId).query((rs, n) -> new Waiting(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
        if (waiting.isEmpty()) {
            return;
        }
        Waiting mail = waiting.get();
        try {
            smtp(mailId, mail);
        } catch (MailNotSentException e) {
            boolean last = attempt >= retries.attempts();
            jdbc.sql("""
                            update mail_outbox set attempts = attempts + 1, last_attempt_at = :at, last_error = :error,
                                state = case when :last then 'FAILED' else state end
                            where id = :id""")
                    .param("at", Timestamp.from(Instant.now(clock))).param("error", abbreviated(e.getMessage()))
                    .param("last", last).param("id", mailId).update();
            if (last) {
                log.warn("The mail \"{}\" to {} failed after its last attempt: {}", mail.subject(), mail.to(), e.getMessage());
                return;
            }
            log.info("The mail \"{}\" to {} waits for attempt {}: {}", mail.subject(), mail.to(), attempt + 1, e.getMessage());
            throw e;
        }
        jdbc.sql("""
                        update mail_outbox set attempts = attempts + 1, last_attempt_at = :at, sent_at = :at, state = 'SENT'
                        where id = :id""")
                .param("at", Timestamp.from(Instant.now(clock))).param("id", mailId).update();
    }

    private void smtp(long mailId, Waiting mail) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            throw new MailNotSentException("No mail server is configured (SPRING_MAIL_HOST)", null);
        }
        try {
            List<MailAttachment> attachments = jdbc.sql("""
                            select file_name, content_type, content from mail_outbox_attachment where mail_id = :id order by position""")
                    .param("id", mailId).query((rs, n) -> new MailAttachment(rs.getString(1), rs.getString(2), rs.getBytes(3))).list();
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text());
            for (MailAttachment attachment : attachments) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
            }
            if (mail.unsubscribeUrl() != null) {
                // Mail programs offer it as their own "unsubscribe"; it opens the same page as the link in the text.
                message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            }
            smtp.send(message);
        } catch (MessagingException | MailException e) {
            throw new MailNotSentException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }

    private static String abbreviated(@Nullable String error) {
        String text = error == null ? "" : error.strip();
        return text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH - 1) + "…";
    }

    /** The SMTP server did not take the mail (down, refused it, or none configured). */
    static final class MailNotSentException extends RuntimeException {
        MailNotSentException(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }
}
