package studio.smartwork.portal.tenant;

import java.util.Set;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * The tenants a person has to do with: those they are a member of, are assigned to as a
 * consultant, or are invited into. {@link TenantService} shows a signed-in person these tenants
 * and no other; the people feature answers.
 */
public interface TenantsOfPerson {

    Set<TenantId> of(Actor actor);
}
