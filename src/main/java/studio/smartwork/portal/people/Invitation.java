package studio.smartwork.portal.people;

import studio.smartwork.portal.identity.TenantRole;
import org.jspecify.annotations.Nullable;

/** What an inviter asks for. */
public record Invitation(String email, String displayName, TenantRole role, @Nullable Long teamId, AccountSetup setup) {
}
