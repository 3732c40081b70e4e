package studio.smartwork.portal.shared;

/**
 * A person inside a tenant asked for something their role does not allow. Unlike
 * "not found", they may know the thing exists, so the message says what to do instead.
 */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
