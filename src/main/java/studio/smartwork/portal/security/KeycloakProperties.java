package studio.smartwork.portal.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the company's Keycloak is: the realm's issuer address (as browsers reach it) and
 * the portal's client. Set with KEYCLOAK_ISSUER, KEYCLOAK_CLIENT_ID and
 * KEYCLOAK_CLIENT_SECRET. When the portal reaches Keycloak by another address than
 * browsers do (a container network), KEYCLOAK_BACKCHANNEL_URL is the realm's address for
 * the portal's own calls (token, keys, user info); empty means the issuer.
 */
@ConfigurationProperties("portal.keycloak")
record KeycloakProperties(String issuer, String clientId, String clientSecret, @Nullable String backchannelUrl) {

    /** Addresses without a trailing slash, once, so every endpoint built from them is right. */
    KeycloakProperties {
        issuer = withoutTrailingSlash(issuer);
        backchannelUrl = backchannelUrl == null ? null : withoutTrailingSlash(backchannelUrl);
    }

    private static String withoutTrailingSlash(String url) {
        return url.replaceAll("/+$", "");
    }

    String backchannel() {
        return backchannelUrl == null || backchannelUrl.isBlank() ? issuer : backchannelUrl;
    }
}
