package studio.smartwork.portal.tenancy;

import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.TenantRole;

/** One unit of work inside a tenant: which tenant, who acts, and in what role. */
public record TenantSession(TenantId tenant, Actor actor, TenantRole role) {
}
