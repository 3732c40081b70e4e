package studio.smartwork.portal.tenant;

import java.util.Map;
import java.util.Set;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * The tenants a person has to do with, as the people feature knows them. The tenant register
 * asks it, so that it needs no knowledge of memberships, assignments or invitations.
 */
public interface TenantsOfPerson {

    /**
     * The tenants a person works in, with their role there: a consultant's assignments, a client
     * person's memberships. None for administrators, who enter every tenant as administrators.
     */
    Map<TenantId, TenantRole> rolesOf(Actor actor);

    /** The tenants a person works in and those whose invitation waits for their answer. */
    Set<TenantId> of(Actor actor);
}
