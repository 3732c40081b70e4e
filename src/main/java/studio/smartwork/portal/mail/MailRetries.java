package studio.smartwork.portal.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a mail the SMTP server refuses is tried again (decision 0120): the first wait, each
 * next one twice the last up to {@code maxDelay}, and the number of attempts after which it is
 * marked failed. The defaults (30 s doubling to 4 h, 22 attempts) keep trying a little over two
 * days, long enough for a mail server's weekend outage.
 */
@ConfigurationProperties("portal.mail.retry")
public record MailRetries(Duration firstDelay, Duration maxDelay, int attempts) {

    public MailRetries {
        if (firstDelay == null) {
            firstDelay = Duration.ofSeconds(30);
        }
        if (maxDelay == null) {
            maxDelay = Duration.ofHours(4);
        }
        if (attempts <= 0) {
            attempts = 22;
        }
    }

    /** The wait after the {@code failures}-th failure in a row (1 for the first). */
    public Duration delayAfter(int failures) {
        Duration delay = firstDelay;
        for (int i = 1; i < failures && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) < 0 ? delay : maxDelay;
    }

    /** From the first attempt to the last: the sum of the waits between them. */
    public Duration span() {
        Duration span = Duration.ZERO;
        for (int failures = 1; failures < attempts; failures++) {
            span = span.plus(delayAfter(failures));
        }
        return span;
    }
}
