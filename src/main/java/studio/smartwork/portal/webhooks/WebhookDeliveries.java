package studio.smartwork.portal.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.webhooks.internal.WebhookOutbox;
import studio.smartwork.portal.webhooks.internal.WebhookStore;
import studio.smartwork.portal.webhooks.internal.WebhookStore.DeliveryRow;
import studio.smartwork.portal.webhooks.internal.WebhookStore.EndpointRow;

/**
 * An endpoint's delivery log: its latest messages, how each went, and the two ways to send by
 * hand, again (the same message id, so a receiver that already has it can tell) and a test.
 * The log keeps 30 days: older messages go whenever new ones are added.
 */
@Service
public class WebhookDeliveries {

    /** The most messages the log shows at once. */
    public static final int LOG_LENGTH = 50;

    private final TenantScope tenantScope;
    private final WebhookStore store;
    private final WebhookOutbox outbox;
    private final TenantService tenants;
    private final Clock clock;

    WebhookDeliveries(TenantScope tenantScope, WebhookStore store, WebhookOutbox outbox, TenantService tenants, Clock clock) {
        this.tenantScope = tenantScope;
        this.store = store;
        this.outbox = outbox;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The endpoint's latest messages, newest first. */
    public List<WebhookDelivery> deliveries(TenantId tenant, long endpointId) {
        return tenantScope.read(tenant, session -> {
            WebhookEndpoints.requireManager(session);
            endpoint(session, endpointId);
            return store.deliveries(tenant.value(), endpointId, LOG_LENGTH).stream().map(WebhookDeliveries::view).toList();
        });
    }

    /** Sends the message again now, with its own id; if that fails it is retried like any message. */
    public WebhookDelivery sendAgain(TenantId tenant, long deliveryId) {
        return tenantScope.write(tenant, session -> {
            WebhookEndpoints.requireManager(session);
            DeliveryRow delivery = store.delivery(tenant.value(), deliveryId).orElseThrow(TenantNotFoundException::new);
            requireEnabled(endpoint(session, delivery.endpointId()));
            outbox.startSeries(tenant, deliveryId, Instant.now(clock));
            return view(store.delivery(tenant.value(), deliveryId).orElseThrow());
        });
    }

    /** Sends the endpoint a message of type {@value WebhookEvent#TEST_TYPE}, whatever it follows. */
    public WebhookDelivery sendTest(TenantId tenant, long endpointId) {
        return tenantScope.write(tenant, session -> {
            WebhookEndpoints.requireManager(session);
            requireEnabled(endpoint(session, endpointId));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("tenant", tenants.find(tenant).orElseThrow(TenantNotFoundException::new).slug());
            data.put("endpoint_id", endpointId);
            long id = outbox.publishTest(tenant, endpointId, data);
            return view(store.delivery(tenant.value(), id).orElseThrow());
        });
    }

    private EndpointRow endpoint(TenantSession session, long endpointId) {
        return store.endpoint(session.tenant().value(), endpointId).orElseThrow(TenantNotFoundException::new);
    }

    private static void requireEnabled(EndpointRow endpoint) {
        if (!endpoint.enabled()) {
            throw new NotAllowedException("webhooks.refusal.endpoint-off");
        }
    }

    private static WebhookDelivery view(DeliveryRow row) {
        return new WebhookDelivery(row.id(), row.endpointId(), row.messageId(), row.eventType(), row.createdAt(),
                WebhookDelivery.State.valueOf(row.state()), row.attempts(), row.lastAttemptAt(), row.lastStatus(), row.lastResponseMs(),
                row.lastError() == null ? null : WebhookDelivery.Problem.valueOf(row.lastError()), row.nextAttemptAt());
    }
}
