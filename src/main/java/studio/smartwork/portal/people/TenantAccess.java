package studio.smartwork.portal.people;

import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.tenant.TenantSummary;

/** A tenant a person can enter, and in which role. */
public record TenantAccess(TenantSummary tenant, TenantRole role) {
}
