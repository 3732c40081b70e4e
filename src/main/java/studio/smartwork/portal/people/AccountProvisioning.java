package studio.smartwork.portal.people;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Gets the sign-in of an invited person ready. Nobody but the person chooses their password,
 * and only after proving they own the address: the portal's own sign-in e-mails them a
 * one-time link; with the company's Keycloak the account is created there and Keycloak
 * e-mails them its own link to verify the address and choose a password.
 */
public interface AccountProvisioning {

    /** True when people sign in with a company account (Keycloak) and the portal keeps no passwords. */
    boolean companySignIn();

    /**
     * Prepares the sign-in of a person who has none yet, inside the inviting transaction: when
     * that transaction rolls back, nothing of it is left. Throws
     * {@link AccountProvisioningException} when the sign-in service refuses or cannot be reached.
     *
     * @return the path of the one-time link that proves the address and chooses a password, when
     *         this sign-in issues one: it is sent to the address, never shown to whoever invited them
     */
    Optional<String> prepare(NewAccount account);

    /**
     * Deletes what the sign-in service keeps of an erased person. The portal's own sign-in keeps
     * nothing beyond the account, which is anonymised already.
     */
    default void forget(String email, @Nullable String subject) {
    }

    record NewAccount(long personId, String email, String displayName) {
    }
}
