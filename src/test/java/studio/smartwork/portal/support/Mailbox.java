package studio.smartwork.portal.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.mail.EmbeddedMailbox;
import studio.smartwork.portal.mail.OutgoingMail;
import studio.smartwork.portal.mail.SentMail;

/**
 * The mail a person received, read from the embedded SMTP server the portal really sent it to.
 * The portal sends through its outbox, a job that runs a moment after the commit: reading
 * waits (a few seconds at most) until no mail to the address waits in the outbox.
 */
public final class Mailbox {

    private static final Pattern WELCOME_LINK = Pattern.compile("https?://\\S+/(welcome/[A-Za-z0-9_-]{43})");

    private Mailbox() {
    }

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    public static List<SentMail> of(ApplicationContext context, String address) {
        OutgoingMail outgoing = context.getBean(OutgoingMail.class);
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (outgoing.waitingFor(address) && Instant.now().isBefore(giveUp)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for mail to " + address, e);
            }
        }
        return context.getBean(EmbeddedMailbox.class).receivedBy(address);
    }

    /** The path of the newest one-time link in the person's mail, e.g. {@code welcome/…}. */
    public static String newestWelcomePath(ApplicationContext context, String address) {
        for (SentMail mail : of(context, address)) {
            Matcher link = WELCOME_LINK.matcher(mail.text());
            if (link.find()) {
                return link.group(1);
            }
        }
        throw new AssertionError("No mail with a one-time link reached " + address);
    }
}
