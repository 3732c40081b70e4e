package studio.smartwork.portal.tenant;

import studio.smartwork.portal.identity.TenantRole;

/** A tenant a person can enter, and in which role. */
public record TenantAccess(TenantSummary tenant, TenantRole role) {
}
