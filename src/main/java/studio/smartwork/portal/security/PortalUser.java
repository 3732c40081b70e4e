package studio.smartwork.portal.security;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.SignedInPerson;

/** A person signed in with the portal's own password. */
record PortalUser(Actor actor, @Nullable String passwordHash, boolean active) implements UserDetails, SignedInPerson {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authoritiesOf(actor);
    }

    static List<GrantedAuthority> authoritiesOf(Actor actor) {
        if (actor.platformRole() == null) {
            return List.of(new SimpleGrantedAuthority("ROLE_" + Roles.CLIENT));
        }
        return List.of(new SimpleGrantedAuthority("ROLE_" + actor.platformRole().name()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.email();
    }

    @Override
    public boolean isEnabled() {
        // A person invited with a one-time link has no password until they open it.
        return active && passwordHash != null;
    }
}
