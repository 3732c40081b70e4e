package studio.smartwork.portal.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import studio.smartwork.portal.identity.Roles;
import studio.smartwork.portal.people.SignInPeople;
import studio.smartwork.portal.people.SignInValidity;

/**
 * OpenID Connect sign-in with Keycloak. The client registration is built from the issuer
 * address without asking Keycloak at start-up, so the portal starts (and its probes
 * answer) while Keycloak is still starting. Who the person is comes from the portal's
 * tables: matched by the token's subject, or on first sign-in by a verified e-mail.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
@EnableConfigurationProperties(KeycloakProperties.class)
class KeycloakSignIn {

    static final String REGISTRATION_ID = "keycloak";

    private final KeycloakProperties properties;
    private final SignInPeople signInPeople;
    private final SignInValidity validity;
    private final Clock clock;

    KeycloakSignIn(KeycloakProperties properties, SignInPeople signInPeople, SignInValidity validity, Clock clock) {
        this.properties = properties;
        this.signInPeople = signInPeople;
        this.validity = validity;
        this.clock = clock;
    }

    @Bean
    ClientRegistrationRepository clientRegistrationRepository() {
        String issuer = properties.issuer();
        // Browsers go to the issuer's address; the portal's own calls may take another route to the same realm.
        String endpoints = issuer + "/protocol/openid-connect";
        String backchannel = properties.backchannel() + "/protocol/openid-connect";
        ClientRegistration keycloak = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Keycloak")
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(issuer)
                .authorizationUri(endpoints + "/auth")
                .tokenUri(backchannel + "/token")
                .jwkSetUri(backchannel + "/certs")
                .userInfoUri(backchannel + "/userinfo")
                .userNameAttributeName("sub")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", endpoints + "/logout"))
                .build();
        return new InMemoryClientRegistrationRepository(keycloak);
    }

    /** Sign-in through Keycloak, with the one client registration the application context holds. */
    void configure(HttpSecurity http, ClientRegistrationRepository repository, KeycloakAvailability availability) throws Exception {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(repository, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.oauth2Login(login -> login
                .clientRegistrationRepository(repository)
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new PortalOidcUserService()))
                .failureHandler(new SignInFailures()));
        // Signing out at Keycloak, or an administrator ending the session there, ends the portal's sign-in too. The
        // logout token is checked by Spring Security (signature, issuer, audience); the session may live on any
        // replica, so it is ended by recording the sign-out on the person, which every request compares.
        http.oidcLogout(logout -> logout.backChannel(backChannel -> backChannel.logoutHandler((request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof OidcLogoutToken token && token.getSubject() != null) {
                validity.endSignInsOfSubject(token.getSubject(), token.getIssuedAt() == null ? Instant.now(clock) : token.getIssuedAt());
            }
        })));
        http.addFilterBefore(new KeycloakSignInGate(availability, properties.issuer(), properties.clientId()),
                OAuth2AuthorizationRequestRedirectFilter.class);
    }

    /** Turns Keycloak's user into a portal person, or refuses people the portal does not know. */
    private final class PortalOidcUserService extends OidcUserService {

        @Override
        public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
            OidcUser oidcUser = super.loadUser(request);
            Boolean verified = oidcUser.getEmailVerified();
            return signInPeople.linkIdentity(oidcUser.getSubject(), oidcUser.getEmail(), Boolean.TRUE.equals(verified))
                    .map(actor -> new PortalOidcUser(actor, Roles.authoritiesOf(actor), oidcUser.getIdToken(), oidcUser.getUserInfo(),
                            Instant.now(clock)))
                    .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(SignInFailures.NOT_INVITED,
                            "This account has not been invited to SmartWork Portal, or its e-mail address is not verified.", null)));
        }
    }
}
