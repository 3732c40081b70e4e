package studio.smartwork.portal.shared;

/**
 * A person inside a tenant asked for something their role does not allow. Unlike
 * "not found", they may know the thing exists, so the message says what to do instead.
 */
public class NotAllowedException extends RuntimeException {

    private final Message reason;

    public NotAllowedException(String key, Object... args) {
        this(Message.of(key, args));
    }

    public NotAllowedException(Message reason) {
        super(reason.toString());
        this.reason = reason;
    }

    /** What the person reads: what they may not do, and what to do instead. */
    public Message reason() {
        return reason;
    }
}
