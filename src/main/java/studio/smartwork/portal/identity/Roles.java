package studio.smartwork.portal.identity;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The role names views and services check; client roles inside a tenant come from memberships. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String CONSULTANT = "CONSULTANT";
    /** Any client person; what they may do inside a tenant depends on their membership there. */
    public static final String CLIENT = "CLIENT";

    private Roles() {
    }

    /** The authorities a signed-in person holds, whatever the sign-in method: their platform role, or CLIENT. */
    public static List<GrantedAuthority> authoritiesOf(Actor actor) {
        String role = actor.platformRole() == null ? CLIENT : actor.platformRole().name();
        return List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
