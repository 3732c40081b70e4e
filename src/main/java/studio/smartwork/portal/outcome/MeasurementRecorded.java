package studio.smartwork.portal.outcome;

import java.time.Instant;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * A KPI's value for a period was recorded, or corrected ({@code corrected}). Published inside
 * the tenant's transaction of the change, so a listener that writes rows writes them only if
 * the value is kept.
 */
public record MeasurementRecorded(TenantId tenant, String solutionReference, String solutionTitle, Measurement measurement,
        String kpiName, boolean corrected, Instant at) {
}
