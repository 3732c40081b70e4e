package studio.smartwork.portal.people;

import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.identity.TenantRole;

/** A client person in a tenant, as the tenant's people list shows them. */
public record Member(long personId, String displayName, String email, TenantRole role,
        @Nullable Long teamId, @Nullable String teamName, boolean accountReady) {
}
