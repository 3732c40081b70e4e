package studio.smartwork.portal.webhooks.ui;

import com.vaadin.flow.component.Component;
import org.springframework.core.annotation.Order;
import studio.smartwork.portal.integrations.IntegrationsPanel;
import studio.smartwork.portal.tenant.TenantAccess;
import studio.smartwork.portal.webhooks.WebhookDeliveries;
import studio.smartwork.portal.webhooks.WebhookEndpoints;

/** Webhooks on the Integrations page, below the API keys. */
@org.springframework.stereotype.Component
@Order(100)
class WebhooksPanel implements IntegrationsPanel<Component> {

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;

    WebhooksPanel(WebhookEndpoints endpoints, WebhookDeliveries deliveries) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
    }

    @Override
    public Component panel(TenantAccess access) {
        return new WebhooksSection(endpoints, deliveries, access);
    }
}
