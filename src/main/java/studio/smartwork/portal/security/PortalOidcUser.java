package studio.smartwork.portal.security;

import java.time.Instant;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.SignedInPerson;

/** A person signed in through Keycloak, carrying the portal person it was matched to. */
class PortalOidcUser extends DefaultOidcUser implements SignedInPerson {

    private final Actor actor;
    private final Instant signedInAt;

    PortalOidcUser(Actor actor, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
            @Nullable OidcUserInfo userInfo, Instant signedInAt) {
        super(authorities, idToken, userInfo, "sub");
        this.actor = actor;
        this.signedInAt = signedInAt;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public Instant signedInAt() {
        return signedInAt;
    }
}
