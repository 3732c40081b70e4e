package studio.smartwork.portal.notifications;

/**
 * What a notification is about. Each person chooses per kind whether it also comes by e-mail;
 * a kind they never chose takes {@link #mailByDefault}. Kinds marked {@link #onlyByMail} are
 * the scheduled mails, which do not appear under the bell; every e-mail of an optional kind
 * carries a link that turns that kind off.
 */
public enum NotificationKind {
    APPROVAL_REQUESTED(true, false),
    CHANGES_REQUESTED(true, false),
    APPROVED(true, false),
    COMMENT_ON_MY_RECORD(true, false),
    /** Someone answered my comment on a design record (anyone's record). */
    REPLY_TO_MY_COMMENT(true, false),
    ACTION_ITEM_ASSIGNED(true, false),
    ACTION_ITEM_DUE(true, false),
    KPI_ALERT_RAISED(true, false),
    /** Staff who logged nothing on the previous working day of an open campaign. */
    LOG_REMINDER(true, true),
    /** Executives, Monday morning: last week's hours and money, alerts, approvals waiting. */
    WEEKLY_DIGEST(true, true),
    /** Executives, on the 1st: the monthly report as a PDF. */
    MONTHLY_REPORT(true, true);

    private final boolean mailByDefault;
    private final boolean onlyByMail;

    NotificationKind(boolean mailByDefault, boolean onlyByMail) {
        this.mailByDefault = mailByDefault;
        this.onlyByMail = onlyByMail;
    }

    public boolean mailByDefault() {
        return mailByDefault;
    }

    public boolean onlyByMail() {
        return onlyByMail;
    }

    /** The kind's name where people choose ("Approval requested"), in notifications.properties. */
    public String textKey() {
        return "notifications.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
