package studio.smartwork.portal.security;

import java.time.Instant;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.Roles;
import studio.smartwork.portal.identity.SignedInPerson;

/** A person signed in with the portal's own password. */
record PortalUser(Actor actor, @Nullable String passwordHash, boolean active, Instant signedInAt)
        implements UserDetails, SignedInPerson {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return Roles.authoritiesOf(actor);
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
