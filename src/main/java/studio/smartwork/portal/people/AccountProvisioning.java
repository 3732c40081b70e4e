package studio.smartwork.portal.people;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Creates the sign-in of a newly invited person. The portal's own sign-in stores a
 * password or issues a one-time link; with the company's Keycloak the account is created
 * there and the person is linked to the portal by their verified e-mail address.
 */
public interface AccountProvisioning {

    /** The ways of setting up an account this sign-in method offers, the first being the default. */
    List<AccountSetup.Method> methods();

    /**
     * Sets up the account of a person who has none yet, inside the inviting transaction: when
     * that transaction rolls back, nothing of the account is left. Throws
     * {@link AccountProvisioningException} when the sign-in service refuses or cannot be reached.
     */
    ProvisionedAccount provision(NewAccount account, AccountSetup setup);

    record NewAccount(long personId, String email, String displayName) {
    }

    /**
     * What the inviter needs to know: the path of a one-time link when the method issues one,
     * and a note when the person still needs something done (for example an e-mail that
     * could not be sent).
     */
    record ProvisionedAccount(@Nullable String setupPath, @Nullable String note) {

        public static ProvisionedAccount done() {
            return new ProvisionedAccount(null, null);
        }
    }
}
