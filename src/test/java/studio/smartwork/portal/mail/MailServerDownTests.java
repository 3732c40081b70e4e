package studio.smartwork.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.Eventually;
import studio.smartwork.portal.support.SignIn;

/**
 * A mail server that is down delays mail, it does not lose it: the portal points at a port where
 * nothing listens, the mails wait and their attempts grow, and once a mail server answers there
 * they arrive. This context has a job queue of its own name, so the other test contexts (which
 * send to the embedded server) never take its jobs.
 */
@SpringBootTest(properties = {"portal.mail.embedded.enabled=false", "portal.mail.queue-name=mail-server-down",
        "portal.mail.retry.first-delay=200ms", "portal.mail.retry.max-delay=1s", "portal.mail.retry.attempts=6"})
class MailServerDownTests {

    private static final int PORT = freePort();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    OutgoingMail outgoing;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private GreenMail server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
        SignIn.out();
    }

    @Test
    void aMailWaitsWhileTheServerIsDownAndArrivesWhenItIsBack() throws Exception {
        String to = "waiting-" + System.nanoTime() + "@example.com";
        new TransactionTemplate(transactions).executeWithoutResult(status -> outgoing.send(new Mail(to, "Kept for later", "Still here")));

        Eventually.within(Duration.ofSeconds(20), "row(to).attempts() >= 2", () -> row(to).attempts() >= 2);
        assertThat(row(to).state()).isEqualTo(MailState.WAITING);
        assertThat(row(to).lastError()).isNotBlank();

        startServer();
        Eventually.within(Duration.ofSeconds(20), "row(to).state() == MailState.SENT", () -> row(to).state() == MailState.SENT);
        assertThat(received(to)).hasSize(1);
        assertThat(received(to).getFirst().getSubject()).isEqualTo("Kept for later");
        assertThat(row(to).attempts()).isGreaterThanOrEqualTo(3);

        String outside = "outside-" + System.nanoTime() + "@example.com";
        outgoing.send(new Mail(outside, "Without a transaction", "Sent all the same", List.of(), "http://localhost/notifications/unsubscribe/x"));
        Eventually.within(Duration.ofSeconds(20), "received(outside).size() == 1", () -> received(outside).size() == 1);
        assertThat(received(outside).getFirst().getHeader("List-Unsubscribe")).containsExactly("<http://localhost/notifications/unsubscribe/x>");
    }

    @Test
    void afterItsLastAttemptAMailIsFailedAndAnAdministratorSendsItAgain() throws Exception {
        String to = "failing-" + System.nanoTime() + "@example.com";
        outgoing.send(new Mail(to, "Tried six times", "Then again by hand"));

        Eventually.within(Duration.ofSeconds(30), "row(to).state() == MailState.FAILED", () -> row(to).state() == MailState.FAILED);
        assertThat(row(to).attempts()).isEqualTo(6);
        Thread.sleep(1500);
        assertThat(row(to).attempts()).as("no attempt after the last").isEqualTo(6);

        startServer();
        SignIn.as(context, DemoPeople.ADMIN);
        outgoing.sendAgain(row(to).id());
        Eventually.within(Duration.ofSeconds(20), "row(to).state() == MailState.SENT", () -> row(to).state() == MailState.SENT);
        assertThat(received(to)).hasSize(1);
        assertThat(row(to).attempts()).isEqualTo(7);
    }

    @Test
    void aTransactionThatRollsBackSendsNothing() throws Exception {
        startServer();
        String to = "rolled-back-" + System.nanoTime() + "@example.com";
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            outgoing.send(new Mail(to, "Never", "Rolled back"));
            status.setRollbackOnly();
        });
        Thread.sleep(1000);
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :to").param("to", to).query(Integer.class).single()).isZero();
        assertThat(received(to)).isEmpty();
    }

    private QueuedMail row(String to) {
        return jdbc.sql("select id, recipient, subject, state, attempts, created_at, last_attempt_at, last_error, sent_at from mail_outbox where recipient = :to")
                .param("to", to)
                .query((rs, n) -> new QueuedMail(rs.getLong(1), rs.getString(2), rs.getString(3), MailState.valueOf(rs.getString(4)),
                        rs.getInt(5), rs.getTimestamp(6).toInstant(), null, rs.getString(8), null))
                .single();
    }

    private void startServer() {
        server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    private List<MimeMessage> received(String to) throws Exception {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
