package studio.smartwork.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.smartwork.portal.deploy.Descriptors.at;
import static studio.smartwork.portal.deploy.Descriptors.list;
import static studio.smartwork.portal.deploy.Descriptors.map;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The smartwork realm that compose imports at start and the Keycloak operator imports in
 * Kubernetes: one confidential client for the portal, code flow with PKCE only, its service account for
 * creating invited people, and no people (they are invited through the portal).
 */
class KeycloakRealmTests {

    /** The portal's redirect path: Spring Security's default with KeycloakSignIn's registration id "keycloak". */
    static final String REDIRECT_PATH = "/login/oauth2/code/keycloak";

    private final Map<String, Object> realm = Descriptors.json("deploy/keycloak/smartwork-realm.json");

    @Test
    void realmSignsPeopleInByVerifiedEmailWithBruteForceProtection() {
        assertThat(realm).containsEntry("realm", "smartwork")
                .containsEntry("enabled", true)
                .containsEntry("bruteForceProtected", true)
                .containsEntry("registrationAllowed", false)
                .containsEntry("registrationEmailAsUsername", true)
                .containsEntry("loginWithEmailAllowed", true)
                .containsEntry("duplicateEmailsAllowed", false)
                .containsEntry("verifyEmail", true);
    }

    /** Keycloak's own sign-in and e-mails speak the portal's languages, English unless the browser asks for Spanish. */
    @Test
    void keycloaksPagesSpeakEnglishAndSpanish() {
        assertThat(realm).containsEntry("internationalizationEnabled", true)
                .containsEntry("defaultLocale", "en");
        assertThat(list(realm.get("supportedLocales"))).containsExactlyInAnyOrder("en", "es");
    }

    @Test
    void tokensAndSessionsLastAsDecided() {
        assertThat(realm).containsEntry("accessTokenLifespan", 5 * 60)
                .containsEntry("ssoSessionIdleTimeout", 30 * 60)
                .containsEntry("ssoSessionMaxLifespan", 10 * 60 * 60);
    }

    @Test
    void realmHoldsNoPeople() {
        // The only user is the portal client's service account, which creates invited people's accounts.
        assertThat(list(realm.get("users"))).map(Descriptors::map)
                .allSatisfy(user -> assertThat(user).containsEntry("serviceAccountClientId", "portal"));
        assertThat(list(realm.get("federatedUsers"))).isEmpty();
    }

    @Test
    void portalsServiceAccountManagesUsersAndNothingElse() {
        Map<String, Object> serviceAccount = list(realm.get("users")).stream().map(Descriptors::map)
                .filter(user -> "portal".equals(user.get("serviceAccountClientId")))
                .findFirst().orElseThrow(() -> new AssertionError("the portal client has no service account"));
        assertThat(serviceAccount).doesNotContainKey("realmRoles").doesNotContainKey("credentials");
        assertThat(map(serviceAccount.get("clientRoles"))).containsOnlyKeys("realm-management");
        assertThat(list(map(serviceAccount.get("clientRoles")).get("realm-management")))
                .containsExactlyInAnyOrder("manage-users", "view-users", "query-users");
    }

    @Test
    void portalIsAConfidentialClientWithCodeFlowAndPkceOnly() {
        Map<String, Object> portal = portalClient(realm);
        assertThat(portal).containsEntry("enabled", true)
                .containsEntry("protocol", "openid-connect")
                .containsEntry("publicClient", false)
                .containsEntry("bearerOnly", false)
                .containsEntry("clientAuthenticatorType", "client-secret")
                .containsEntry("standardFlowEnabled", true)
                .containsEntry("implicitFlowEnabled", false)
                .containsEntry("directAccessGrantsEnabled", false)
                .containsEntry("serviceAccountsEnabled", true);
        assertThat(map(portal.get("attributes")))
                .containsEntry("pkce.code.challenge.method", "S256")
                .containsEntry("oauth2.device.authorization.grant.enabled", "false")
                .containsEntry("oidc.ciba.grant.enabled", "false");
    }

    @Test
    void clientSecretAndAddressesComeFromTheEnvironmentAtImport() {
        Map<String, Object> portal = portalClient(realm);
        assertThat(portal.get("secret")).isEqualTo("${KEYCLOAK_PORTAL_CLIENT_SECRET}");
        assertThat(list(portal.get("redirectUris"))).containsExactly("${PORTAL_URL}" + REDIRECT_PATH);
        assertThat(list(portal.get("webOrigins"))).containsExactly("${PORTAL_URL}");
        assertThat(String.valueOf(map(portal.get("attributes")).get("post.logout.redirect.uris"))).contains("${PORTAL_URL}");
    }

    /** Signing out at Keycloak (or an administrator ending a session there) ends the portal's sign-in too. */
    @Test
    void keycloakTellsThePortalAboutSignOutsOverTheBackChannel() {
        Map<String, Object> portal = portalClient(realm);
        // Keycloak skips back-channel logout for clients with front-channel logout.
        assertThat(portal).containsEntry("frontchannelLogout", false);
        assertThat(map(portal.get("attributes")))
                .containsEntry("backchannel.logout.url", "${PORTAL_BACKCHANNEL_URL}/logout/connect/back-channel/keycloak")
                .containsEntry("backchannel.logout.session.required", "true");
    }

    @Test
    void kubernetesImportsTheSameRealm() {
        Map<String, Object> realmImport = Kustomize.build(Path.of("k8s/base")).stream()
                .filter(r -> "KeycloakRealmImport".equals(r.get("kind")))
                .findFirst().orElseThrow();
        assertThat(map(at(realmImport, "spec", "realm"))).isEqualTo(realm);
    }

    static Map<String, Object> portalClient(Map<String, Object> realm) {
        return list(realm.get("clients")).stream().map(Descriptors::map)
                .filter(c -> "portal".equals(c.get("clientId")))
                .findFirst().orElseThrow(() -> new AssertionError("the realm has no client 'portal'"));
    }
}
