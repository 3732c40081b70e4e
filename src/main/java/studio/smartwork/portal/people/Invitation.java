package studio.smartwork.portal.people;

import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.identity.TenantRole;

/** What an inviter asks for: who, by which name, in which role and team. How they sign in is theirs to choose. */
public record Invitation(String email, String displayName, TenantRole role, @Nullable Long teamId) {
}
