package studio.smartwork.portal.outcome;

import java.time.Instant;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * A monitoring alert of a KPI was raised or resolved by a recorded value (alerts are worked
 * out from the measurements, see {@link SavingsCalculator#alerts}). Published inside the
 * tenant's transaction of the measurement.
 */
public record KpiAlertChanged(TenantId tenant, KpiAlert alert, boolean raised, Instant at) {
}
