package studio.smartwork.portal.mail;

/** Where a mail of the outbox is: waiting for its next attempt, sent, or failed after its last one. */
public enum MailState {
    WAITING,
    SENT,
    FAILED;

    public String textKey() {
        return "mail.queue.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
