package studio.smartwork.portal.tenantdata;

import studio.smartwork.portal.tenancy.TenantId;

/** Someone downloaded all of a tenant's data; the tenant's activity feed says so. */
public record TenantDataExported(TenantId tenant, long personId, String displayName) {
}
