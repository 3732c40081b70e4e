package studio.smartwork.portal.notifications.ui;

import com.vaadin.flow.component.html.Span;
import studio.smartwork.portal.notifications.Notification;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.tenant.TenantAccess;

/** How a notification reads under the bell and on the list: its line in the reader's language and its time in the tenant's zone. */
final class NotificationLines {

    private NotificationLines() {
    }

    static String text(Notification notification) {
        return Texts.t(notification.text());
    }

    static String when(TenantAccess access, Notification notification) {
        return access.tenant().formatFor(Texts.locale()).dateTime(notification.createdAt());
    }

    /** A dot before an unread one, named for screen readers. */
    static Span unreadMark(Notification notification) {
        Span mark = new Span(notification.isUnread() ? "●" : "");
        mark.addClassName("notification-unread-mark");
        if (notification.isUnread()) {
            mark.getElement().setAttribute("aria-label", Texts.t("notifications.bell.unread"));
            mark.getElement().setAttribute("title", Texts.t("notifications.bell.unread"));
            mark.getStyle().set("color", "var(--lumo-primary-color)");
        }
        return mark;
    }
}
