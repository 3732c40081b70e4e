package studio.smartwork.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withException;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withResourceNotFound;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServerError;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.net.ConnectException;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.ExpectedCount;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.client.RestClient;
import studio.smartwork.portal.people.AccountProvisioning.NewAccount;
import studio.smartwork.portal.people.AccountProvisioningException;
import studio.smartwork.portal.people.AccountSetup;
import studio.smartwork.portal.shared.InvalidInputException;

/** Invited people's Keycloak accounts, against a scripted admin REST API (no Keycloak server). */
class KeycloakAccountsTests {

    private static final String REALM = "http://keycloak:8080/realms/smartwork";
    private static final String ADMIN = "http://keycloak:8080/admin/realms/smartwork";
    private static final NewAccount ANA = new NewAccount(7, "ana@acme.example", "Ana María López");

    private MockRestServiceServer keycloak;
    private KeycloakAccounts accounts;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = RestClient.builder();
        keycloak = MockRestServiceServer.bindTo(builder).build();
        accounts = new KeycloakAccounts(new KeycloakProperties("http://localhost:8180/realms/smartwork", "portal", "s3cret",
                REALM), builder);
        TransactionSynchronizationManager.initSynchronization();
    }

    @AfterEach
    void tearDown() {
        TransactionSynchronizationManager.clearSynchronization();
    }

    private void tokenIssued() {
        keycloak.expect(requestTo(REALM + "/protocol/openid-connect/token"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().formDataContains(java.util.Map.of("grant_type", "client_credentials",
                        "client_id", "portal", "client_secret", "s3cret")))
                .andRespond(withSuccess("{\"access_token\":\"t0ken\",\"token_type\":\"Bearer\"}", MediaType.APPLICATION_JSON));
    }

    private void userCreated() {
        keycloak.expect(requestTo(ADMIN + "/users"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(header("Authorization", "Bearer t0ken"))
                .andExpect(content().json("""
                        {"username":"ana@acme.example","email":"ana@acme.example","firstName":"Ana María","lastName":"López",
                         "enabled":true,"emailVerified":false,"requiredActions":["UPDATE_PASSWORD","VERIFY_EMAIL"]}""", true))
                .andRespond(withStatus(HttpStatus.CREATED).location(URI.create(ADMIN + "/users/u-1")));
    }

    @Test
    void invitingCreatesTheUserWithRequiredActionsAndSendsTheSetupEmail() {
        tokenIssued();
        userCreated();
        keycloak.expect(requestTo(ADMIN + "/users/u-1/execute-actions-email?lifespan=604800"))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(content().json("[\"UPDATE_PASSWORD\",\"VERIFY_EMAIL\"]"))
                .andRespond(withStatus(HttpStatus.NO_CONTENT));

        var provisioned = accounts.provision(ANA, AccountSetup.identityProvider());

        assertThat(provisioned.setupPath()).isNull();
        assertThat(provisioned.note()).isNull();
        keycloak.verify();
    }

    @Test
    void withoutAMailServerTheUserExistsAndTheInviterIsToldWhatToDo() {
        tokenIssued();
        userCreated();
        keycloak.expect(requestTo(ADMIN + "/users/u-1/execute-actions-email?lifespan=604800"))
                .andRespond(withServerError().body("{\"errorMessage\":\"Failed to send execute actions email\"}"));

        var provisioned = accounts.provision(ANA, AccountSetup.identityProvider());

        assertThat(provisioned.note()).contains("could not send the e-mail").contains("Forgot password");
        keycloak.verify();
    }

    @Test
    void aRolledBackInvitationDeletesTheKeycloakUserAgain() {
        tokenIssued();
        userCreated();
        keycloak.expect(requestTo(ADMIN + "/users/u-1/execute-actions-email?lifespan=604800"))
                .andRespond(withStatus(HttpStatus.NO_CONTENT));
        accounts.provision(ANA, AccountSetup.identityProvider());
        keycloak.verify();

        keycloak.reset();
        tokenIssued();
        keycloak.expect(requestTo(ADMIN + "/users/u-1")).andExpect(method(HttpMethod.DELETE))
                .andRespond(withStatus(HttpStatus.NO_CONTENT));
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        keycloak.verify();
    }

    @Test
    void aCommittedInvitationKeepsTheUser() {
        tokenIssued();
        userCreated();
        keycloak.expect(requestTo(ADMIN + "/users/u-1/execute-actions-email?lifespan=604800"))
                .andRespond(withStatus(HttpStatus.NO_CONTENT));
        accounts.provision(ANA, AccountSetup.identityProvider());
        keycloak.reset();
        keycloak.expect(ExpectedCount.never(), requestTo(ADMIN + "/users/u-1"));

        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        keycloak.verify();
    }

    @Test
    void aPersonKeycloakAlreadyKnowsKeepsTheirAccount() {
        tokenIssued();
        keycloak.expect(requestTo(ADMIN + "/users")).andRespond(withStatus(HttpStatus.CONFLICT));

        var provisioned = accounts.provision(ANA, AccountSetup.identityProvider());

        assertThat(provisioned.note()).contains("already have an account");
        assertThat(TransactionSynchronizationManager.getSynchronizations()).isEmpty();
        keycloak.verify();
    }

    @Test
    void keycloakNotAnsweringFailsTheInvitationWithAClearMessage() {
        keycloak.expect(requestTo(REALM + "/protocol/openid-connect/token"))
                .andRespond(withException(new ConnectException("Connection refused")));

        assertThatThrownBy(() -> accounts.provision(ANA, AccountSetup.identityProvider()))
                .isInstanceOf(AccountProvisioningException.class)
                .hasMessageContaining("does not answer").hasMessageContaining("nobody was invited");
    }

    @Test
    void keycloakRefusingFailsTheInvitation() {
        tokenIssued();
        keycloak.expect(requestTo(ADMIN + "/users")).andRespond(withStatus(HttpStatus.FORBIDDEN));

        assertThatThrownBy(() -> accounts.provision(ANA, AccountSetup.identityProvider()))
                .isInstanceOf(AccountProvisioningException.class)
                .hasMessageContaining("refused").hasMessageContaining("403");
    }

    @Test
    void aDeletedUserThatIsAlreadyGoneIsNoProblem() {
        tokenIssued();
        userCreated();
        keycloak.expect(requestTo(ADMIN + "/users/u-1/execute-actions-email?lifespan=604800"))
                .andRespond(withStatus(HttpStatus.NO_CONTENT));
        accounts.provision(ANA, AccountSetup.identityProvider());
        keycloak.reset();
        tokenIssued();
        keycloak.expect(requestTo(ADMIN + "/users/u-1")).andRespond(withResourceNotFound());

        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        keycloak.verify();
    }

    @Test
    void passwordsAreNotOfferedWithKeycloak() {
        assertThat(accounts.methods()).containsExactly(AccountSetup.Method.IDENTITY_PROVIDER);
        assertThatThrownBy(() -> accounts.provision(ANA, AccountSetup.password("long enough secret")))
                .isInstanceOf(InvalidInputException.class);
    }
}
