package studio.smartwork.portal.tenantdata;

import studio.smartwork.portal.tenancy.TenantSession;

/**
 * A feature's share of a tenant's data export: it writes its own files, inside the export's
 * one read transaction of the tenant (row-level security applies), streaming rows as it reads
 * them. Each feature knows its tables; the export only collects the files.
 */
public interface TenantDataPart {

    /** Position in the archive, lower first. */
    int order();

    void write(TenantSession session, ExportAudience audience, ExportWriter writer);
}
