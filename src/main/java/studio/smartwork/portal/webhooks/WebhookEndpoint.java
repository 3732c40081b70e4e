package studio.smartwork.portal.webhooks;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An endpoint as its page shows it; never its secret, which is shown once ({@link EndpointSecret}).
 *
 * @param disabledBy who turned it off, null when the portal did because its deliveries kept failing
 */
public record WebhookEndpoint(
        long id,
        String url,
        Set<WebhookEvent> events,
        boolean allowPrivateAddresses,
        String createdBy,
        Instant createdAt,
        @Nullable Instant disabledAt,
        @Nullable DisabledReason disabledReason,
        @Nullable String disabledBy) {

    public boolean isEnabled() {
        return disabledAt == null;
    }

    /** Why an endpoint is off: a person turned it off, or its deliveries failed for a day. */
    public enum DisabledReason {
        BY_HAND,
        FAILING;

        public String textKey() {
            return this == BY_HAND ? "webhooks.disabled.by-hand" : "webhooks.disabled.failing";
        }
    }
}
