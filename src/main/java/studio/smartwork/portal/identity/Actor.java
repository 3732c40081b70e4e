package studio.smartwork.portal.identity;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/** The person on whose behalf the portal acts: who is signed in, or who a background job works for. */
public record Actor(long personId, String email, String displayName, @Nullable PlatformRole platformRole)
        implements Serializable {

    public boolean isAdmin() {
        return platformRole == PlatformRole.ADMIN;
    }

    public boolean isConsultant() {
        return platformRole == PlatformRole.CONSULTANT;
    }
}
