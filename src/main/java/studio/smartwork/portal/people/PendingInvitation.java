package studio.smartwork.portal.people;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.identity.TenantRole;

/** An invitation into a tenant that its person has not accepted yet, as the tenant's people page lists it. */
public record PendingInvitation(long id, String email, String displayName, TenantRole role, @Nullable String teamName,
        String invitedBy, Instant invitedAt) {
}
