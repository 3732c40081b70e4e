package studio.smartwork.portal.people;

/**
 * The sign-in service did not create the account, so nobody was invited. The message is
 * written for the inviter.
 */
public class AccountProvisioningException extends RuntimeException {

    public AccountProvisioningException(String message, Throwable cause) {
        super(message, cause);
    }

    public AccountProvisioningException(String message) {
        super(message);
    }
}
