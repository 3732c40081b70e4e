package studio.smartwork.portal.people;

import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.shared.Message;

/**
 * The sign-in service did not create the account, so nobody was invited. Its reason is written
 * for the inviter, as a {@link Message} the page puts in their language.
 */
public class AccountProvisioningException extends RuntimeException {

    private final Message reason;

    public AccountProvisioningException(Message reason, @Nullable Throwable cause) {
        super(reason.toString(), cause);
        this.reason = reason;
    }

    /** A reason given as a sentence rather than a key; the page shows it as it is. */
    public AccountProvisioningException(String message, Throwable cause) {
        this(Message.of(message), cause);
    }

    public AccountProvisioningException(String message) {
        this(Message.of(message), null);
    }

    /** What the inviter reads: why nobody was invited, and what to do. */
    public Message reason() {
        return reason;
    }
}
