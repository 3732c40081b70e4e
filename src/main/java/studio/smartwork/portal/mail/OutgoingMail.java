package studio.smartwork.portal.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the portal's e-mails over SMTP ({@code spring.mail.*}, or the embedded server), never
 * losing one (decision 0120). {@link #send} writes the mail to the outbox and plans the job that
 * sends it, both in the caller's transaction: an invitation that is rolled back never reaches
 * anyone, and one that is kept is sent even if the mail server is down right then, by attempts
 * the job queue repeats with growing waits. Mails carry links that are secrets of their
 * addressee: the log names the addressee and subject, never the text.
 */
@Service
public class OutgoingMail {

    private final JdbcClient jdbc;
    private final MailQueue queue;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    OutgoingMail(JdbcClient jdbc, MailQueue queue, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Queues the mail inside the caller's transaction, or in one of its own where there is none
     * (or only a read-only one, which cannot write it).
     */
    public void send(Mail mail) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            queue(mail);
        } else {
            ownTransaction.executeWithoutResult(status -> queue(mail));
        }
    }

    private void queue(Mail mail) {
        long id = jdbc.sql("""
                        insert into mail_outbox (recipient, subject, body, unsubscribe_url, state, created_at)
                        values (:to, :subject, :body, :unsubscribe, 'WAITING', :at) returning id""")
                .param("to", mail.to()).param("subject", mail.subject()).param("body", mail.text())
                .param("unsubscribe", mail.unsubscribeUrl()).param("at", Timestamp.from(Instant.now(clock)))
                .query(Long.class).single();
        List<MailAttachment> attachments = mail.attachments();
        for (int position = 0; position < attachments.size(); position++) {
            MailAttachment attachment = attachments.get(position);
            jdbc.sql("""
                            insert into mail_outbox_attachment (mail_id, position, file_name, content_type, content)
                            values (:mail, :position, :name, :type, :content)""")
                    .param("mail", id).param("position", position).param("name", attachment.fileName())
                    .param("type", attachment.contentType()).param("content", attachment.content()).update();
        }
        queue.plan(id, 0);
    }

    /** The outbox, newest first: a page of {@code limit} mails from {@code offset}. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<QueuedMail> outbox(int offset, int limit) {
        return jdbc.sql("""
                        select id, recipient, subject, state, attempts, created_at, last_attempt_at, last_error, sent_at
                        from mail_outbox order by created_at desc, id desc offset :offset limit :limit""")
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> new QueuedMail(rs.getLong(1), rs.getString(2), rs.getString(3), MailState.valueOf(rs.getString(4)),
                        rs.getInt(5), rs.getTimestamp(6).toInstant(), instant(rs.getTimestamp(7)), rs.getString(8),
                        instant(rs.getTimestamp(9))))
                .list();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public int outboxSize() {
        return jdbc.sql("select count(*) from mail_outbox").query(Integer.class).single();
    }

    /** Tries a failed mail again, as a new series of attempts; a mail in any other state is left as it is. */
    @PreAuthorize("hasRole('ADMIN')")
    public void sendAgain(long mailId) {
        ownTransaction.executeWithoutResult(status -> {
            Integer attempts = jdbc.sql("update mail_outbox set state = 'WAITING' where id = :id and state = 'FAILED' returning attempts")
                    .param("id", mailId).query(Integer.class).optional().orElse(null);
            if (attempts != null) {
                queue.plan(mailId, attempts);
            }
        });
    }

    /** Whether a mail to this address is still waiting for an attempt that sends it. */
    public boolean waitingFor(String address) {
        return jdbc.sql("select exists (select 1 from mail_outbox where recipient = :to and state = 'WAITING')")
                .param("to", address).query(Boolean.class).single();
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
