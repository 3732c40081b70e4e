package studio.smartwork.portal.webhooks.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.webhooks.WebhookDelivery.State;
import studio.smartwork.portal.webhooks.WebhookEndpoint.DisabledReason;

/**
 * One attempt of a delivery, run by its job: read what to send in the tenant, call the
 * receiver outside any transaction (a slow receiver holds no database connection), then note
 * the result in the tenant and plan what comes next. A failed attempt is tried again after
 * the next wait of the schedule ({@link WebhookSettings}); a series that still fails when its
 * day is over gives up, and unless something reached the endpoint during that day the
 * endpoint is turned off, its other messages wait for it, and the tenant's activity says so.
 */
@Component
public class DeliveryAttempts {

    private final TenantScope tenantScope;
    private final WebhookStore store;
    private final WebhookSender sender;
    private final DeliveryQueue queue;
    private final WebhookSettings settings;
    private final ActivityLog activity;
    /**
     * The job queue's own time, not the portal's business clock: deliveries, their retries and
     * their signatures happen in real time on whichever replica (or test context) takes the job.
     */
    private final Clock clock = Clock.systemUTC();

    DeliveryAttempts(TenantScope tenantScope, WebhookStore store, WebhookSender sender, DeliveryQueue queue, WebhookSettings settings,
            ActivityLog activity) {
        this.tenantScope = tenantScope;
        this.store = store;
        this.sender = sender;
        this.queue = queue;
        this.settings = settings;
        this.activity = activity;
    }

    /** Work of the portal in the job's tenant, which came from the job's data, written by the portal itself. */
    public void attempt(DeliveryJob job) {
        TenantId tenant = new TenantId(job.tenantId());
        Optional<WebhookSender.Call> call = tenantScope.asSystem(tenant, () -> prepare(job));
        if (call.isEmpty()) {
            return;
        }
        WebhookSender.Result result = sender.send(call.get());
        tenantScope.asSystem(tenant, () -> {
            settle(tenant, job, result);
            return null;
        });
    }

    private Optional<WebhookSender.Call> prepare(DeliveryJob job) {
        Optional<WebhookStore.DeliveryRow> found = store.delivery(job.tenantId(), job.deliveryId())
                .filter(d -> d.series() == job.series() && d.seriesAttempts() == job.attempt() - 1);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        WebhookStore.DeliveryRow delivery = found.get();
        WebhookStore.EndpointRow endpoint = store.endpoint(job.tenantId(), delivery.endpointId()).orElse(null);
        // An endpoint turned off meanwhile keeps the message waiting (WebhookStore.holdUndelivered); turning it on starts a new series.
        if (endpoint == null || !endpoint.enabled()) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        String previous = endpoint.previousSecret() != null && endpoint.previousSecretUntil() != null
                && endpoint.previousSecretUntil().isAfter(now) ? endpoint.previousSecret() : null;
        return Optional.of(new WebhookSender.Call(endpoint.url(), endpoint.allowPrivate(), delivery.messageId(), delivery.payload(),
                endpoint.secret(), previous));
    }

    private void settle(TenantId tenant, DeliveryJob job, WebhookSender.Result result) {
        WebhookStore.DeliveryRow delivery = store.delivery(job.tenantId(), job.deliveryId()).orElse(null);
        if (delivery == null) {
            return;
        }
        WebhookStore.EndpointRow endpoint = store.endpointForUpdate(job.tenantId(), delivery.endpointId()).orElse(null);
        if (endpoint == null) {
            return;
        }
        String problem = result.problem() == null ? null : result.problem().name();
        if (result.delivered()) {
            record(job, State.DELIVERED, result, problem, null);
            return;
        }
        if (!endpoint.enabled()) {
            record(job, State.PENDING, result, problem, null);
            return;
        }
        Instant started = delivery.seriesStartedAt() == null ? result.at() : delivery.seriesStartedAt();
        Instant deadline = started.plus(settings.giveUpAfter());
        if (!result.at().isBefore(deadline)) {
            if (record(job, State.GAVE_UP, result, problem, null) && !store.deliveredSince(job.tenantId(), endpoint.id(), started)) {
                store.disable(job.tenantId(), endpoint.id(), DisabledReason.FAILING.name(), null, result.at());
                store.holdUndelivered(job.tenantId(), endpoint.id());
                activity.recordSystem(tenant, "webhooks.activity.turned-off-failing", endpoint.url());
            }
            return;
        }
        Instant next = result.at().plus(settings.delayAfter(job.attempt()));
        if (next.isAfter(deadline)) {
            next = deadline;
        }
        if (record(job, State.FAILED, result, problem, next)) {
            queue.plan(new DeliveryJob(job.tenantId(), job.deliveryId(), job.series(), job.attempt() + 1), next);
        }
    }

    private boolean record(DeliveryJob job, State state, WebhookSender.Result result, @Nullable String problem, @Nullable Instant next) {
        return store.recordAttempt(job.tenantId(), job.deliveryId(), job.series(), job.attempt(), state.name(), result.at(),
                result.status(), result.responseMs(), problem, next);
    }
}
