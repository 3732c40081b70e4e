package studio.smartwork.portal.people;

import java.util.List;
import java.util.Optional;

/**
 * Creates the sign-in of a newly invited person. The portal's own sign-in stores a
 * password or issues a one-time link; with a company identity provider the person signs
 * in there and is linked to the portal by their verified e-mail address.
 */
public interface AccountProvisioning {

    /** The ways of setting up an account this sign-in method offers, the first being the default. */
    List<AccountSetup.Method> methods();

    /**
     * Sets up the account of a person who has none yet, inside the inviting transaction.
     * Returns the path of a one-time link when the method issues one.
     */
    Optional<String> provision(NewAccount account, AccountSetup setup);

    record NewAccount(long personId, String email, String displayName) {
    }
}
