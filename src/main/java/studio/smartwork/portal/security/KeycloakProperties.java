package studio.smartwork.portal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the company's Keycloak is: the realm's issuer address and the portal's client.
 * Set with KEYCLOAK_ISSUER, KEYCLOAK_CLIENT_ID and KEYCLOAK_CLIENT_SECRET.
 */
@ConfigurationProperties("portal.keycloak")
record KeycloakProperties(String issuer, String clientId, String clientSecret) {
}
