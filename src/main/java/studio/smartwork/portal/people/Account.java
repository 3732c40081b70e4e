package studio.smartwork.portal.people;

import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.identity.PlatformRole;

/**
 * A person's account, as administrators list every account of the portal.
 *
 * @param platformRole the consultancy role, or null for a client person
 * @param signInReady  whether they have chosen a password or linked their company account
 */
public record Account(long personId, String displayName, String email, @Nullable PlatformRole platformRole, boolean active,
        boolean signInReady, boolean erased) {
}
