package studio.smartwork.portal.support;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.mail.EmbeddedMailbox;
import studio.smartwork.portal.mail.SentMail;

/** The mail a person received, read from the embedded SMTP server the portal really sent it to. */
public final class Mailbox {

    private static final Pattern WELCOME_LINK = Pattern.compile("https?://\\S+/(welcome/[A-Za-z0-9_-]{43})");

    private Mailbox() {
    }

    public static List<SentMail> of(ApplicationContext context, String address) {
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
