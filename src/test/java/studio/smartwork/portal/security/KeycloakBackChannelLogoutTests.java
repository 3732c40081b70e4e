package studio.smartwork.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.identity.Roles;
import studio.smartwork.portal.people.PeopleSeeding;
import studio.smartwork.portal.people.SignInPeople;
import studio.smartwork.portal.people.SignInValidity;

/**
 * Back-channel logout: when someone signs out at Keycloak, or an administrator ends their
 * Keycloak session, Keycloak tells the portal with a signed logout token, and the portal's
 * sign-in of that person ends on whichever replica it lives. The token is signed with a key
 * this test serves as Keycloak's key set, so the portal checks it as it would Keycloak's.
 */
@SpringBootTest(properties = {"portal.keycloak.client-id=portal", "portal.keycloak.client-secret=s3cret",
        "portal.demo-data.enabled=false"})
@ActiveProfiles("keycloak")
class KeycloakBackChannelLogoutTests {

    private static final ScriptedKeycloak KEYCLOAK = new ScriptedKeycloak();
    private static final RSAKey SIGNING_KEY = key();

    @DynamicPropertySource
    static void keycloakAddress(DynamicPropertyRegistry registry) {
        registry.add("portal.keycloak.issuer", KEYCLOAK::realmUrl);
    }

    @AfterAll
    static void stopKeycloak() {
        KEYCLOAK.close();
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    PeopleSeeding seeding;
    @Autowired
    SignInPeople signInPeople;
    @Autowired
    SignInValidity validity;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        KEYCLOAK.answer("GET /realms/smartwork/protocol/openid-connect/certs", 200, new JWKSet(SIGNING_KEY.toPublicJWK()).toString(),
                Map.of());
    }

    @Test
    void aLogoutTokenFromKeycloakEndsThePersonsOpenSignIn() throws Exception {
        String subject = UUID.randomUUID().toString();
        String email = "kc-" + subject.substring(0, 8) + "@smartwork.studio";
        seeding.consultancyPerson(email, "Kim Keycloak", PlatformRole.CONSULTANT, null);
        Actor kim = signInPeople.linkIdentity(subject, email, true).orElseThrow();
        Instant signedIn = Instant.now().minusSeconds(60);
        var session = signedInSession(kim, subject, signedIn);
        mvc.perform(get("/portfolio").with(authentication(session))).andExpect(authenticated());

        mvc.perform(post("/logout/connect/back-channel/keycloak").param("logout_token", logoutToken(subject)))
                .andExpect(status().isOk());

        assertThat(validity.holds(kim, signedIn)).isFalse();
        assertThat(validity.holds(kim, Instant.now().plusSeconds(1))).as("a new sign-in after it holds").isTrue();
        mvc.perform(get("/portfolio").with(authentication(session))).andExpect(unauthenticated());
    }

    @Test
    void aLogoutTokenNotSignedByKeycloakChangesNothing() throws Exception {
        String subject = UUID.randomUUID().toString();
        String email = "kc-" + subject.substring(0, 8) + "@smartwork.studio";
        seeding.consultancyPerson(email, "Kai Keycloak", PlatformRole.CONSULTANT, null);
        Actor kai = signInPeople.linkIdentity(subject, email, true).orElseThrow();
        Instant signedIn = Instant.now().minusSeconds(60);

        mvc.perform(post("/logout/connect/back-channel/keycloak").param("logout_token", logoutToken(subject, key())))
                .andExpect(status().isBadRequest());

        assertThat(validity.holds(kai, signedIn)).isTrue();
    }

    private static OAuth2AuthenticationToken signedInSession(Actor actor, String subject, Instant signedIn) {
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token").subject(subject).issuer(KEYCLOAK.realmUrl())
                .issuedAt(signedIn).expiresAt(signedIn.plusSeconds(3600)).claim("sid", "session-1").build();
        PortalOidcUser user = new PortalOidcUser(actor, Roles.authoritiesOf(actor), idToken, null, signedIn);
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), KeycloakSignIn.REGISTRATION_ID);
    }

    private static String logoutToken(String subject) throws Exception {
        return logoutToken(subject, SIGNING_KEY);
    }

    private static String logoutToken(String subject, RSAKey key) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(KEYCLOAK.realmUrl())
                .audience(List.of("portal"))
                .issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + 120_000))
                .jwtID(UUID.randomUUID().toString())
                .subject(subject)
                .claim("sid", "session-1")
                .claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()))
                .build();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(SIGNING_KEY.getKeyID())
                .type(new JOSEObjectType("logout+jwt")).build(), claims);
        token.sign(new RSASSASigner(key));
        return token.serialize();
    }

    private static RSAKey key() {
        try {
            return new RSAKeyGenerator(2048).keyID("portal-test-key").generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
