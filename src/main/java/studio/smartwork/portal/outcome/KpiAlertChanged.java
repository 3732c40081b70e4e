package studio.smartwork.portal.outcome;

import java.time.Instant;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * A stored KPI alert was raised or resolved ({@link KpiAlerts}): by a recorded value, a solution
 * going live, or the daily check. Published inside the tenant's transaction that stored the change,
 * exactly once per raise and per resolve.
 */
public record KpiAlertChanged(TenantId tenant, KpiAlert alert, boolean raised, Instant at) {
}
