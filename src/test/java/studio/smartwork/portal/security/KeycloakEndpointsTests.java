package studio.smartwork.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;

/** Which Keycloak addresses browsers and the portal itself use. */
class KeycloakEndpointsTests {

    private static ClientRegistration registration(String backchannel) {
        var properties = new KeycloakProperties("http://localhost:8180/realms/smartwork/", "portal", "s3cret", backchannel);
        return new KeycloakSignIn(properties, null, null, java.time.Clock.systemUTC()).clientRegistrationRepository().findByRegistrationId(KeycloakSignIn.REGISTRATION_ID);
    }

    @Test
    void withoutABackchannelEverythingUsesTheIssuer() {
        ClientRegistration keycloak = registration("");
        assertThat(keycloak.getProviderDetails().getIssuerUri()).isEqualTo("http://localhost:8180/realms/smartwork");
        assertThat(keycloak.getProviderDetails().getAuthorizationUri())
                .isEqualTo("http://localhost:8180/realms/smartwork/protocol/openid-connect/auth");
        assertThat(keycloak.getProviderDetails().getTokenUri())
                .isEqualTo("http://localhost:8180/realms/smartwork/protocol/openid-connect/token");
    }

    @Test
    void theBackchannelCarriesThePortalsOwnCallsWhileBrowsersKeepTheIssuer() {
        ClientRegistration keycloak = registration("http://keycloak:8080/realms/smartwork");
        assertThat(keycloak.getProviderDetails().getAuthorizationUri())
                .startsWith("http://localhost:8180/realms/smartwork/");
        assertThat(keycloak.getProviderDetails().getIssuerUri()).isEqualTo("http://localhost:8180/realms/smartwork");
        assertThat(keycloak.getProviderDetails().getTokenUri()).isEqualTo("http://keycloak:8080/realms/smartwork/protocol/openid-connect/token");
        assertThat(keycloak.getProviderDetails().getJwkSetUri()).isEqualTo("http://keycloak:8080/realms/smartwork/protocol/openid-connect/certs");
        assertThat(keycloak.getProviderDetails().getUserInfoEndpoint().getUri())
                .isEqualTo("http://keycloak:8080/realms/smartwork/protocol/openid-connect/userinfo");
        assertThat(keycloak.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint"))
                .isEqualTo("http://localhost:8180/realms/smartwork/protocol/openid-connect/logout");
    }
}
