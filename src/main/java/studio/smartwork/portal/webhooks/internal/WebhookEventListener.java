package studio.smartwork.portal.webhooks.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.audit.CampaignClosed;
import studio.smartwork.portal.design.DesignRecordEvent;
import studio.smartwork.portal.outcome.KpiAlertChanged;
import studio.smartwork.portal.outcome.MeasurementRecorded;
import studio.smartwork.portal.shared.PortalAddress;
import studio.smartwork.portal.shell.ShellNavigation;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.webhooks.WebhookEvent;

/**
 * Hears what other features announce, in the thread and transaction of their change, and
 * queues it for the endpoints that follow it. The payload names the tenant by its address
 * (slug), gives ids, numbers and titles, and links to the portal's page of the thing; it holds
 * no person's name or e-mail.
 */
@Component
class WebhookEventListener {

    private final WebhookOutbox outbox;
    private final TenantService tenants;
    private final PortalAddress address;

    WebhookEventListener(WebhookOutbox outbox, TenantService tenants, PortalAddress address) {
        this.outbox = outbox;
        this.tenants = tenants;
        this.address = address;
    }

    @EventListener
    void on(DesignRecordEvent event) {
        WebhookEvent type = switch (event.step()) {
            case SUBMITTED -> WebhookEvent.DESIGN_RECORD_SUBMITTED;
            case APPROVED -> WebhookEvent.DESIGN_RECORD_APPROVED;
            case CHANGES_REQUESTED -> WebhookEvent.DESIGN_RECORD_CHANGES_REQUESTED;
            case LIVE -> WebhookEvent.DESIGN_RECORD_LIVE;
        };
        String slug = slug(event.tenant());
        Map<String, Object> data = data(slug);
        data.put("record_id", event.recordId());
        data.put("number", event.number());
        data.put("reference", event.reference());
        data.put("title", event.title());
        data.put("revision", event.revision());
        data.put("url", address.link("t/" + slug + "/designs/" + event.number()));
        outbox.publish(event.tenant(), type, event.at(), data);
    }

    @EventListener
    void on(CampaignClosed event) {
        String slug = slug(event.tenant());
        Map<String, Object> data = data(slug);
        data.put("campaign_id", event.campaignId());
        data.put("name", event.name());
        data.put("url", address.link("t/" + slug + "/audit/" + event.campaignId()));
        outbox.publish(event.tenant(), WebhookEvent.CAMPAIGN_CLOSED, event.at(), data);
    }

    @EventListener
    void on(MeasurementRecorded event) {
        String slug = slug(event.tenant());
        Map<String, Object> data = data(slug);
        data.put("record_id", event.measurement().recordId());
        data.put("reference", event.solutionReference());
        data.put("solution", event.solutionTitle());
        data.put("kpi_id", event.measurement().kpiId());
        data.put("kpi", event.kpiName());
        data.put("period_start", event.measurement().periodStart().toString());
        data.put("value", event.measurement().value().stripTrailingZeros().toPlainString());
        data.put("corrected", event.corrected());
        data.put("url", address.link(ShellNavigation.outcomesPath(slug) + "/measurements"));
        outbox.publish(event.tenant(), WebhookEvent.MEASUREMENT_RECORDED, event.at(), data);
    }

    @EventListener
    void on(KpiAlertChanged event) {
        String slug = slug(event.tenant());
        Map<String, Object> data = data(slug);
        data.put("record_id", event.alert().recordId());
        data.put("reference", event.alert().solutionReference());
        data.put("kpi_id", event.alert().kpiId());
        data.put("kpi", event.alert().kpiName());
        data.put("alert", event.alert().kind().name().toLowerCase(Locale.ROOT));
        data.put("since", event.alert().since().toString());
        data.put("url", address.link(ShellNavigation.outcomesPath(slug)));
        outbox.publish(event.tenant(), event.raised() ? WebhookEvent.KPI_ALERT_RAISED : WebhookEvent.KPI_ALERT_RESOLVED, event.at(), data);
    }

    private String slug(TenantId tenant) {
        return tenants.find(tenant).orElseThrow(TenantNotFoundException::new).slug();
    }

    private static Map<String, Object> data(String slug) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("tenant", slug);
        return data;
    }
}
