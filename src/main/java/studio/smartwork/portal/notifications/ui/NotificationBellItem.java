package studio.smartwork.portal.notifications.ui;

import org.springframework.stereotype.Component;
import studio.smartwork.portal.notifications.Notifications;
import studio.smartwork.portal.shell.TenantHeaderItem;
import studio.smartwork.portal.tenant.TenantAccess;

/** Puts the bell into every tenant's header. */
@Component
class NotificationBellItem implements TenantHeaderItem {

    private final Notifications notifications;

    NotificationBellItem(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public com.vaadin.flow.component.Component create(TenantAccess access) {
        return new NotificationBell(notifications, access);
    }
}
