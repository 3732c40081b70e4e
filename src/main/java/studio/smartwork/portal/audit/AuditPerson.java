package studio.smartwork.portal.audit;

import studio.smartwork.portal.identity.TenantRole;

/** A client person of the tenant who can take part in an audit (staff or executive). */
public record AuditPerson(long personId, String displayName, String email, TenantRole role) {
}
