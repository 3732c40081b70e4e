package studio.smartwork.portal.webhooks;

import java.util.Locale;
import java.util.Optional;

/** What an endpoint can follow; {@link #type()} is the name the payload carries, as integrators know it. */
public enum WebhookEvent {
    DESIGN_RECORD_SUBMITTED("design_record.submitted"),
    DESIGN_RECORD_APPROVED("design_record.approved"),
    DESIGN_RECORD_CHANGES_REQUESTED("design_record.changes_requested"),
    DESIGN_RECORD_LIVE("design_record.live"),
    KPI_ALERT_RAISED("kpi_alert.raised"),
    KPI_ALERT_RESOLVED("kpi_alert.resolved"),
    CAMPAIGN_CLOSED("campaign.closed"),
    MEASUREMENT_RECORDED("measurement.recorded");

    /** The type of the call "send test event" makes; no endpoint follows it, any endpoint can be sent it. */
    public static final String TEST_TYPE = "webhook.test";

    private final String type;

    WebhookEvent(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    /** The key of the event's name among the portal's texts ("webhooks.event.design-record-approved"). */
    public String textKey() {
        return "webhooks.event." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<WebhookEvent> ofType(String type) {
        for (WebhookEvent event : values()) {
            if (event.type.equals(type)) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }
}
