package studio.smartwork.portal.security;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import studio.smartwork.portal.people.AccountProvisioning;
import studio.smartwork.portal.people.AccountProvisioningException;

/**
 * Accounts in the company's Keycloak (profile {@code keycloak}): inviting a person creates
 * their Keycloak user (user name and e-mail the invited address, not yet verified, with the
 * required actions to choose a password and verify the address) and asks Keycloak to e-mail
 * them the link. The portal stores no password. Calls go to Keycloak's admin REST API as the
 * portal client's service account, which holds realm-management's user roles.
 *
 * <p>All or nothing: the user is created inside the inviting transaction and deleted again
 * when that transaction rolls back; when Keycloak refuses or does not answer, the
 * invitation fails. A user Keycloak already has (same e-mail) is kept and linked on sign-in;
 * nothing in the answer tells the inviter whether the address had an account.
 */
@Service
@Profile("keycloak")
class KeycloakAccounts implements AccountProvisioning {

    static final List<String> REQUIRED_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");
    /** How long the link in Keycloak's e-mail stays valid, like the portal's own one-time links. */
    static final int LINK_LIFESPAN_SECONDS = 7 * 24 * 60 * 60;
    /**
     * What the inviter reads when Keycloak did not create the account, as keys of the portal's
     * texts: the page puts them in the inviter's language. Keycloak's answer is in the log.
     */
    static final String ACCOUNT_REFUSED = "security.keycloak.account-refused";
    static final String NO_ANSWER = "security.keycloak.no-answer";
    private static final Logger log = LoggerFactory.getLogger(KeycloakAccounts.class);

    private final Function<KeycloakProperties, Keycloak> connect;
    private final KeycloakProperties properties;

    @Autowired
    KeycloakAccounts(KeycloakProperties properties) {
        this(properties, KeycloakAccounts::connect);
    }

    KeycloakAccounts(KeycloakProperties properties, Function<KeycloakProperties, Keycloak> connect) {
        this.properties = properties;
        this.connect = connect;
    }

    @Override
    public boolean companySignIn() {
        return true;
    }

    @Override
    public Optional<String> prepare(NewAccount account) {
        try (Keycloak keycloak = connect.apply(properties)) {
            RealmResource realm = keycloak.realm(realmName());
            String userId = create(realm, account);
            if (userId != null) {
                deleteOnRollback(userId);
                sendSetupEmail(realm, userId);
            }
            return Optional.empty();
        } catch (WebApplicationException refused) {
            log.warn("Keycloak refused to create the account of {}: {}", account.email(), status(refused));
            throw new AccountProvisioningException(ACCOUNT_REFUSED, refused);
        } catch (ProcessingException failed) {
            if (failed.getCause() instanceof WebApplicationException refused) {
                // Keycloak answered, but refused the portal's service account its token: trying again will not help.
                log.warn("Keycloak refused the portal's service account while inviting {}: {}", account.email(), status(refused));
                throw new AccountProvisioningException(ACCOUNT_REFUSED, refused);
            }
            log.warn("Keycloak did not answer while inviting {}", account.email(), failed);
            throw new AccountProvisioningException(NO_ANSWER, failed);
        }
    }

    private static int status(WebApplicationException refused) {
        return refused.getResponse() == null ? 0 : refused.getResponse().getStatus();
    }

    /** Deletes the Keycloak user of an erased person; a person Keycloak does not know is no problem. */
    @Override
    public void forget(String email, @Nullable String subject) {
        try (Keycloak keycloak = connect.apply(properties)) {
            RealmResource realm = keycloak.realm(realmName());
            List<String> ids = subject != null ? List.of(subject)
                    : realm.users().searchByEmail(email, true).stream().map(UserRepresentation::getId).toList();
            for (String id : ids) {
                try (Response response = realm.users().delete(id)) {
                    if (response.getStatus() >= 300 && response.getStatus() != Response.Status.NOT_FOUND.getStatusCode()) {
                        log.error("An erased person's Keycloak user {} could not be deleted ({}); delete it in the admin console",
                                id, response.getStatus());
                    }
                }
            }
        } catch (RuntimeException e) {
            log.error("An erased person's Keycloak user could not be deleted; delete {} in the admin console", email, e);
        }
    }

    /** Creates the user and returns its id, or null when Keycloak already has a user with this e-mail. */
    private @Nullable String create(RealmResource realm, NewAccount account) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(account.email());
        user.setEmail(account.email());
        String name = account.displayName().trim();
        int lastSpace = name.lastIndexOf(' ');
        user.setFirstName(lastSpace < 0 ? name : name.substring(0, lastSpace));
        if (lastSpace >= 0) {
            user.setLastName(name.substring(lastSpace + 1));
        }
        user.setEnabled(true);
        user.setEmailVerified(false);
        user.setRequiredActions(new ArrayList<>(REQUIRED_ACTIONS));
        try (Response response = realm.users().create(user)) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                return null;
            }
            if (response.getStatus() != Response.Status.CREATED.getStatusCode()) {
                throw new WebApplicationException(response);
            }
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    /**
     * Asks Keycloak to e-mail the link to verify the address and choose a password. Without a
     * mail server in the realm it cannot; the account exists all the same, and the
     * administrator is told in the log, not the inviter (who must not learn anything about
     * the address's account).
     */
    private void sendSetupEmail(RealmResource realm, String userId) {
        try {
            realm.users().get(userId).executeActionsEmail(REQUIRED_ACTIONS, LINK_LIFESPAN_SECONDS);
        } catch (WebApplicationException notSent) {
            log.warn("Keycloak could not e-mail user {} the link to set a password ({}): give the realm a mail server, "
                    + "or send it from the admin console (Users, the person, Credentials, Credential reset)", userId,
                    notSent.getResponse() == null ? "no answer" : notSent.getResponse().getStatus());
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
        try (Keycloak keycloak = connect.apply(properties); Response response = keycloak.realm(realmName()).users().delete(userId)) {
            if (response.getStatus() >= 300 && response.getStatus() != Response.Status.NOT_FOUND.getStatusCode()) {
                log.error("The invitation was rolled back but Keycloak user {} could not be deleted ({}); delete it in the admin console",
                        userId, response.getStatus());
            }
        } catch (RuntimeException e) {
            log.error("The invitation was rolled back but Keycloak user {} could not be deleted; delete it in the admin console",
                    userId, e);
        }
    }

    /**
     * The admin client for the realm, signed in with the portal client's service account
     * (client credentials), over the back channel, with timeouts so an invitation never hangs.
     */
    static Keycloak connect(KeycloakProperties properties) {
        Client http = ClientBuilder.newBuilder().connectTimeout(5, TimeUnit.SECONDS).readTimeout(15, TimeUnit.SECONDS).build();
        return KeycloakBuilder.builder()
                .serverUrl(serverUrl(properties))
                .realm(realmName(properties))
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .resteasyClient(http)
                .build();
    }

    private String realmName() {
        return realmName(properties);
    }

    /** {@code http://host/realms/smartwork} is server {@code http://host}, realm {@code smartwork}. */
    static String serverUrl(KeycloakProperties properties) {
        String realmUrl = properties.backchannel();
        return realmUrl.substring(0, realmUrl.lastIndexOf("/realms/"));
    }

    static String realmName(KeycloakProperties properties) {
        String realmUrl = properties.backchannel();
        return realmUrl.substring(realmUrl.lastIndexOf("/realms/") + "/realms/".length());
    }
}
