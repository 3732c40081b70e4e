package studio.smartwork.portal.tenancy;

import java.util.Optional;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.TenantRole;

/**
 * Answers "what is this person inside this tenant?" from memberships and assignments.
 * Implemented by the people feature; asked inside the tenant's transaction before any
 * of the tenant's data is read.
 */
public interface TenantAccessPolicy {

    Optional<TenantRole> roleOf(Actor actor, TenantId tenant);
}
