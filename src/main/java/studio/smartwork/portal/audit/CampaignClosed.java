package studio.smartwork.portal.audit;

import java.time.Instant;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * An audit campaign was closed, so its figures are final. Published inside the tenant's
 * transaction of the change, so a listener that writes rows writes them only if the closing is kept.
 */
public record CampaignClosed(TenantId tenant, long campaignId, String name, Instant at) {
}
