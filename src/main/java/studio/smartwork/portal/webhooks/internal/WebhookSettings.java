package studio.smartwork.portal.webhooks.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How deliveries are tried (decision 0110), settable so that tests run the whole schedule in
 * seconds.
 *
 * @param retryDelays     the wait after each failed attempt of a series; the last one repeats
 * @param giveUpAfter     a series gives up this long after it started, with one last attempt at that moment
 * @param connectTimeout  how long to wait for the receiver to accept the connection
 * @param responseTimeout how long to wait for its answer
 * @param logKeptFor      how long the delivery log keeps a message
 */
@ConfigurationProperties("portal.webhooks")
public record WebhookSettings(
        @DefaultValue({"5s", "5m", "30m", "2h", "5h", "10h"}) List<Duration> retryDelays,
        @DefaultValue("24h") Duration giveUpAfter,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration responseTimeout,
        @DefaultValue("30d") Duration logKeptFor) {

    public WebhookSettings {
        if (retryDelays.isEmpty()) {
            throw new IllegalArgumentException("portal.webhooks.retry-delays needs at least one wait");
        }
        retryDelays = List.copyOf(retryDelays);
    }

    /** The wait after the given failed attempt of a series (1 for the first). */
    public Duration delayAfter(int failedAttempt) {
        return retryDelays.get(Math.min(Math.max(failedAttempt, 1), retryDelays.size()) - 1);
    }
}
