package studio.smartwork.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.WebApplicationException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import studio.smartwork.portal.people.AccountProvisioning.NewAccount;
import studio.smartwork.portal.people.AccountProvisioningException;

/**
 * Invited people's Keycloak accounts, made with Keycloak's admin client against scripted
 * token and admin endpoints over real HTTP (no Keycloak server; the browser tests use one).
 */
class KeycloakAccountsTests {

    private static final String USERS = "/admin/realms/smartwork/users";
    private static final NewAccount ANA = new NewAccount(7, "ana@acme.example", "Ana María López");

    private ScriptedKeycloak keycloak;
    private KeycloakAccounts accounts;

    @BeforeEach
    void setUp() {
        keycloak = new ScriptedKeycloak();
        accounts = new KeycloakAccounts(new KeycloakProperties("http://localhost:8180/realms/smartwork", "portal", "s3cret",
                keycloak.realmUrl()));
        TransactionSynchronizationManager.initSynchronization();
    }

    @AfterEach
    void tearDown() {
        TransactionSynchronizationManager.clearSynchronization();
        keycloak.close();
    }

    private void userCreated() {
        keycloak.issuesTokens().answer("POST " + USERS, 201, "", Map.of("Location", "{base}" + USERS + "/u-1"));
    }

    @Test
    void invitingCreatesTheUserWithRequiredActionsAndSendsTheSetupEmail() {
        userCreated();
        keycloak.answer("PUT " + USERS + "/u-1/execute-actions-email", 204);

        assertThat(accounts.prepare(ANA)).as("Keycloak e-mails its own link; the portal has none").isEmpty();
        assertThat(keycloak.requests("POST", "/realms/smartwork/protocol/openid-connect/token")).first()
                .satisfies(token -> {
                    assertThat(token.body()).contains("grant_type=client_credentials");
                    // The portal client authenticates with its id and secret (HTTP Basic), as a confidential client does.
                    assertThat(token.authorization()).isEqualTo("Basic " + java.util.Base64.getEncoder()
                            .encodeToString("portal:s3cret".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                });
        assertThat(keycloak.requests("POST", USERS)).singleElement().satisfies(create -> {
            assertThat(create.authorization()).isEqualTo("Bearer t0ken");
            assertThat(create.body()).contains("\"username\":\"ana@acme.example\"", "\"email\":\"ana@acme.example\"",
                    "\"firstName\":\"Ana María\"", "\"lastName\":\"López\"", "\"enabled\":true", "\"emailVerified\":false",
                    "\"requiredActions\":[\"UPDATE_PASSWORD\",\"VERIFY_EMAIL\"]");
        });
        assertThat(keycloak.requests("PUT", USERS + "/u-1/execute-actions-email")).singleElement().satisfies(email -> {
            assertThat(email.pathAndQuery()).endsWith("?lifespan=604800");
            assertThat(email.body()).isEqualTo("[\"UPDATE_PASSWORD\",\"VERIFY_EMAIL\"]");
        });
    }

    @Test
    void withoutAMailServerTheUserExistsAndTheInvitationGoesOn() {
        userCreated();
        keycloak.answer("PUT " + USERS + "/u-1/execute-actions-email", 500,
                "{\"errorMessage\":\"Failed to send execute actions email\"}", Map.of());

        assertThat(accounts.prepare(ANA)).isEmpty();
        assertThat(keycloak.requests("DELETE", USERS)).isEmpty();
    }

    @Test
    void aRolledBackInvitationDeletesTheKeycloakUserAgain() {
        userCreated();
        keycloak.answer("PUT " + USERS + "/u-1/execute-actions-email", 204).answer("DELETE " + USERS + "/u-1", 204);
        accounts.prepare(ANA);
        assertThat(keycloak.requests("DELETE", USERS)).isEmpty();

        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));

        assertThat(keycloak.requests("DELETE", USERS + "/u-1")).hasSize(1);
    }

    @Test
    void aCommittedInvitationKeepsTheUser() {
        userCreated();
        keycloak.answer("PUT " + USERS + "/u-1/execute-actions-email", 204);
        accounts.prepare(ANA);

        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));

        assertThat(keycloak.requests("DELETE", USERS)).isEmpty();
    }

    @Test
    void aPersonKeycloakAlreadyKnowsKeepsTheirAccount() {
        keycloak.issuesTokens().answer("POST " + USERS, 409, "{\"errorMessage\":\"User exists with same username\"}", Map.of());

        // The same answer as for a new account: the inviter must not learn that the address had one.
        assertThat(accounts.prepare(ANA)).isEmpty();
        assertThat(TransactionSynchronizationManager.getSynchronizations()).isEmpty();
    }

    @Test
    void keycloakNotAnsweringFailsTheInvitationWithAClearMessage() {
        String nobodyListens = keycloak.realmUrl();
        keycloak.close();
        var offline = new KeycloakAccounts(new KeycloakProperties("http://localhost:8180/realms/smartwork", "portal", "s3cret",
                nobodyListens));

        assertThatThrownBy(() -> offline.prepare(ANA))
                .isInstanceOf(AccountProvisioningException.class)
                .hasMessage(KeycloakAccounts.NO_ANSWER);
    }

    @Test
    void keycloakRefusingFailsTheInvitation() {
        keycloak.issuesTokens().answer("POST " + USERS, 403);

        assertThatThrownBy(() -> accounts.prepare(ANA))
                .isInstanceOf(AccountProvisioningException.class)
                .hasMessage(KeycloakAccounts.ACCOUNT_REFUSED)
                .cause().isInstanceOfSatisfying(WebApplicationException.class,
                        refused -> assertThat(refused.getResponse().getStatus()).isEqualTo(403));
    }

    @Test
    void aRefusedTokenFailsTheInvitationToo() {
        keycloak.answer("POST /realms/smartwork/protocol/openid-connect/token", 401,
                "{\"error\":\"unauthorized_client\"}", Map.of());

        assertThatThrownBy(() -> accounts.prepare(ANA))
                .isInstanceOf(AccountProvisioningException.class).hasMessage(KeycloakAccounts.ACCOUNT_REFUSED)
                .as("Keycloak answered: trying again in a few minutes would not help").cause()
                .isInstanceOfSatisfying(WebApplicationException.class, refused -> assertThat(refused.getResponse().getStatus()).isEqualTo(401));
        assertThat(keycloak.requests("POST", USERS)).isEmpty();
    }

    @Test
    void aDeletedUserThatIsAlreadyGoneIsNoProblem() {
        userCreated();
        keycloak.answer("PUT " + USERS + "/u-1/execute-actions-email", 204).answer("DELETE " + USERS + "/u-1", 404);
        accounts.prepare(ANA);

        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));

        assertThat(keycloak.requests("DELETE", USERS + "/u-1")).hasSize(1);
    }

    @Test
    void peopleSignInWithTheCompanyAccount() {
        assertThat(accounts.companySignIn()).isTrue();
    }

    @Test
    void theAdminClientTalksToTheRealmOverTheBackChannel() {
        var properties = new KeycloakProperties("http://localhost:8180/realms/smartwork", "portal", "s3cret",
                "http://keycloak:8080/realms/smartwork/");
        assertThat(KeycloakAccounts.serverUrl(properties)).isEqualTo("http://keycloak:8080");
        assertThat(KeycloakAccounts.realmName(properties)).isEqualTo("smartwork");
    }
}
