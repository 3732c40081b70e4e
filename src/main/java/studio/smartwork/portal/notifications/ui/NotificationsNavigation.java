package studio.smartwork.portal.notifications.ui;

import studio.smartwork.portal.shell.ShellNavigation;

/** The notification pages' addresses. */
final class NotificationsNavigation {

    /** The page of all of a person's notifications in a tenant, below the tenant's address. */
    static final String LIST = "notifications";
    /** The person's mail choices: theirs in every tenant, so outside any. */
    static final String MAIL_CHOICES = "notifications/mail";
    static final String UNSUBSCRIBE = "notifications/unsubscribe";

    private NotificationsNavigation() {
    }

    static String list(String slug) {
        return ShellNavigation.tenantPath(slug) + "/" + LIST;
    }
}
