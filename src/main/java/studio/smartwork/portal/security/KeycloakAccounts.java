package studio.smartwork.portal.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import studio.smartwork.portal.people.AccountProvisioning;
import studio.smartwork.portal.people.AccountProvisioningException;
import studio.smartwork.portal.people.AccountSetup;
import studio.smartwork.portal.shared.InvalidInputException;

/**
 * Accounts in the company's Keycloak (profile {@code keycloak}): inviting a person creates
 * their Keycloak user (user name and e-mail the invited address, not yet verified, with the
 * required actions to choose a password and verify the address) and asks Keycloak to e-mail
 * them the link. The portal stores no password. Calls go to Keycloak's admin REST API as the
 * portal client's service account, which holds realm-management's user roles.
 *
 * <p>All or nothing: the user is created inside the inviting transaction and deleted again
 * when that transaction rolls back; when Keycloak refuses or does not answer, the
 * invitation fails. A user Keycloak already has (same e-mail) is kept and linked on sign-in.
 */
@Service
@Profile("keycloak")
class KeycloakAccounts implements AccountProvisioning {

    static final List<String> REQUIRED_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");
    /** How long the link in Keycloak's e-mail stays valid, like the portal's own one-time links. */
    static final int LINK_LIFESPAN_SECONDS = 7 * 24 * 60 * 60;
    static final String NO_EMAIL_SENT = "Keycloak could not send the e-mail to set a password (no mail server?): "
            + "an administrator sends it from the Keycloak admin console (Users, the person, Credentials, Credential reset), "
            + "or the person uses \"Forgot password\" on the sign-in page.";
    static final String ALREADY_IN_KEYCLOAK = "They already have an account in the company's sign-in service and sign in with it.";

    private static final Logger log = LoggerFactory.getLogger(KeycloakAccounts.class);

    private final KeycloakProperties properties;
    private final RestClient rest;

    @Autowired
    KeycloakAccounts(KeycloakProperties properties) {
        this(properties, RestClient.builder().requestFactory(withTimeouts()));
    }

    KeycloakAccounts(KeycloakProperties properties, RestClient.Builder builder) {
        this.properties = properties;
        this.rest = builder.build();
    }

    @Override
    public List<AccountSetup.Method> methods() {
        return List.of(AccountSetup.Method.IDENTITY_PROVIDER);
    }

    @Override
    public ProvisionedAccount provision(NewAccount account, AccountSetup setup) {
        if (setup.method() != AccountSetup.Method.IDENTITY_PROVIDER) {
            throw InvalidInputException.of("setup", "People sign in with their company account here; the portal keeps no passwords.");
        }
        try {
            String token = accessToken();
            String userId = create(token, account);
            if (userId == null) {
                return new ProvisionedAccount(null, ALREADY_IN_KEYCLOAK);
            }
            deleteOnRollback(userId);
            return new ProvisionedAccount(null, sendSetupEmail(token, userId) ? null : NO_EMAIL_SENT);
        } catch (RestClientResponseException refused) {
            log.warn("Keycloak refused to create the account of {}: {} {}", account.email(), refused.getStatusCode(),
                    refused.getResponseBodyAsString());
            throw new AccountProvisioningException("The company's sign-in service (Keycloak) refused to create the account ("
                    + refused.getStatusCode().value() + "), so nobody was invited. Ask the Keycloak administrator to check "
                    + "the portal client's permissions.", refused);
        } catch (RestClientException unreachable) {
            log.warn("Keycloak did not answer while inviting {}", account.email(), unreachable);
            throw new AccountProvisioningException("The company's sign-in service (Keycloak) does not answer, so nobody "
                    + "was invited. Try again in a few minutes.", unreachable);
        }
    }

    private String accessToken() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", properties.clientId());
        form.add("client_secret", properties.clientSecret());
        Map<?, ?> answer = rest.post().uri(backchannel() + "/protocol/openid-connect/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(Map.class);
        if (answer == null || !(answer.get("access_token") instanceof String token)) {
            throw new AccountProvisioningException("The company's sign-in service (Keycloak) gave the portal no access token, "
                    + "so nobody was invited.");
        }
        return token;
    }

    /** Creates the user and returns its id, or null when Keycloak already has a user with this e-mail. */
    private @Nullable String create(String token, NewAccount account) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", account.email());
        user.put("email", account.email());
        String name = account.displayName().trim();
        int lastSpace = name.lastIndexOf(' ');
        user.put("firstName", lastSpace < 0 ? name : name.substring(0, lastSpace));
        if (lastSpace >= 0) {
            user.put("lastName", name.substring(lastSpace + 1));
        }
        user.put("enabled", true);
        user.put("emailVerified", false);
        user.put("requiredActions", new ArrayList<>(REQUIRED_ACTIONS));
        try {
            URI location = rest.post().uri(admin() + "/users")
                    .headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(user)
                    .retrieve()
                    .toBodilessEntity()
                    .getHeaders().getLocation();
            if (location == null) {
                throw new AccountProvisioningException("The company's sign-in service (Keycloak) did not say which account it "
                        + "created, so nobody was invited.");
            }
            String path = location.getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        } catch (HttpClientErrorException.Conflict exists) {
            return null;
        }
    }

    private boolean sendSetupEmail(String token, String userId) {
        try {
            rest.put().uri(admin() + "/users/{id}/execute-actions-email?lifespan={lifespan}", userId, LINK_LIFESPAN_SECONDS)
                    .headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(REQUIRED_ACTIONS)
                    .retrieve()
                    .toBodilessEntity();
            return true;
        } catch (RestClientResponseException notSent) {
            // Keycloak answers 4xx/5xx when the realm has no SMTP server; the account exists all the same.
            log.info("Keycloak sent no set-password e-mail for user {}: {}", userId, notSent.getStatusCode());
            return false;
        }
    }

    private void deleteOnRollback(String userId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    delete(userId);
                }
            }
        });
    }

    private void delete(String userId) {
        try {
            rest.delete().uri(admin() + "/users/{id}", userId)
                    .headers(h -> h.setBearerAuth(accessToken()))
                    .retrieve()
                    .onStatus(status -> status.isSameCodeAs(HttpStatus.NOT_FOUND), (request, response) -> { })
                    .toBodilessEntity();
        } catch (RuntimeException e) {
            log.error("The invitation was rolled back but Keycloak user {} could not be deleted; delete it in the admin console",
                    userId, e);
        }
    }

    private static JdkClientHttpRequestFactory withTimeouts() {
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        factory.setReadTimeout(Duration.ofSeconds(15));
        return factory;
    }

    private String backchannel() {
        return properties.backchannel().replaceAll("/+$", "");
    }

    /** The realm's admin API: {@code …/realms/x} becomes {@code …/admin/realms/x}. */
    private String admin() {
        String realmUrl = backchannel();
        int realms = realmUrl.lastIndexOf("/realms/");
        return realmUrl.substring(0, realms) + "/admin" + realmUrl.substring(realms);
    }
}
