package studio.smartwork.portal.webhooks.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.webhooks.WebhookEvent;
import studio.smartwork.portal.webhooks.WebhookEndpoint.DisabledReason;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns something that happened into one delivery per endpoint that follows it, inside the
 * caller's tenant transaction, and plans each delivery's first attempt in the same
 * transaction: nothing is sent for work that rolled back, nothing is lost for work that was
 * kept. An endpoint the portal turned off for failing keeps its messages waiting; one a person
 * turned off gets none.
 */
@Component
public class WebhookOutbox {

    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int MESSAGE_ID_CHARACTERS = 27;

    private final WebhookStore store;
    private final DeliveryQueue queue;
    private final WebhookSettings settings;
    private final JsonMapper json;
    /**
     * The job queue's own time, not the portal's business clock: deliveries, their retries and
     * their signatures happen in real time on whichever replica (or test context) takes the job.
     */
    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();

    WebhookOutbox(WebhookStore store, DeliveryQueue queue, WebhookSettings settings, JsonMapper json) {
        this.store = store;
        this.queue = queue;
        this.settings = settings;
        this.json = json;
    }

    /** Queues the event for every endpoint of the tenant that follows it. */
    public void publish(TenantId tenant, WebhookEvent event, Instant at, Map<String, Object> data) {
        List<WebhookStore.EndpointRow> following = store.endpoints(tenant.value()).stream()
                .filter(e -> e.events().contains(event.name()))
                .filter(e -> e.enabled() || DisabledReason.FAILING.name().equals(e.disabledReason()))
                .toList();
        if (following.isEmpty()) {
            return;
        }
        String payload = payload(event.type(), at, data);
        Instant now = Instant.now(clock);
        store.forgetOlderThan(tenant.value(), now.minus(settings.logKeptFor()));
        for (WebhookStore.EndpointRow endpoint : following) {
            long delivery = store.insertDelivery(tenant.value(), endpoint.id(), newMessageId(), event.type(), payload, now);
            if (endpoint.enabled()) {
                startSeries(tenant, delivery, now);
            }
        }
    }

    /** Queues a test message for one endpoint, whatever it follows; returns the delivery's id. */
    public long publishTest(TenantId tenant, long endpointId, Map<String, Object> data) {
        Instant now = Instant.now(clock);
        store.forgetOlderThan(tenant.value(), now.minus(settings.logKeptFor()));
        long delivery = store.insertDelivery(tenant.value(), endpointId, newMessageId(), WebhookEvent.TEST_TYPE,
                payload(WebhookEvent.TEST_TYPE, now, data), now);
        startSeries(tenant, delivery, now);
        return delivery;
    }

    /** A new series of attempts, the first one due now; jobs of an earlier series of the delivery do nothing any more. */
    public void startSeries(TenantId tenant, long deliveryId, Instant at) {
        int series = store.startSeries(tenant.value(), deliveryId, at);
        queue.plan(new DeliveryJob(tenant.value(), deliveryId, series, 1), at);
    }

    private String payload(String type, Instant at, Map<String, Object> data) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", type);
        message.put("timestamp", at.toString());
        message.put("data", data);
        return json.writeValueAsString(message);
    }

    private String newMessageId() {
        char[] text = new char[MESSAGE_ID_CHARACTERS];
        for (int i = 0; i < text.length; i++) {
            text[i] = BASE62[random.nextInt(BASE62.length)];
        }
        return "msg_" + new String(text);
    }
}
