package studio.smartwork.portal.notifications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import studio.smartwork.portal.notifications.Notification;
import studio.smartwork.portal.notifications.Notifications;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * The bell in a tenant's header: the signed-in person's unread count, and a list of their newest
 * notifications. Opening one marks it read and goes to its page.
 */
class NotificationBell extends HorizontalLayout {

    static final int SHOWN = 10;

    private final Notifications notifications;
    private final TenantAccess access;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();

    NotificationBell(Notifications notifications, TenantAccess access) {
        this.notifications = notifications;
        this.access = access;
        addClassName("notification-bell");
        setSpacing(false);
        setAlignItems(FlexComponent.Alignment.CENTER);
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.addClickListener(click -> open());
        badge.setId("notification-count");
        badge.getElement().getThemeList().addAll(List.of("badge", "error", "pill", "small"));
        add(bell, badge);
        showCount();
    }

    private void showCount() {
        long unread = notifications.unreadCount(access.tenant().id());
        badge.setText(String.valueOf(unread));
        badge.setVisible(unread > 0);
        bell.setAriaLabel(unread > 0 ? Texts.count("notifications.bell.label-unread", unread) : Texts.t("notifications.bell.label"));
    }

    private void open() {
        Dialog list = new Dialog();
        list.setHeaderTitle(Texts.t("notifications.bell.title"));
        list.addClassName("notification-list");
        VerticalLayout items = new VerticalLayout();
        items.setPadding(false);
        items.setSpacing(false);
        List<Notification> newest = notifications.recent(access.tenant().id(), SHOWN);
        if (newest.isEmpty()) {
            items.add(new Paragraph(Texts.t("notifications.bell.none")));
        }
        for (Notification notification : newest) {
            items.add(item(notification, list));
        }
        list.add(items);
        Button markAll = new Button(Texts.t("notifications.bell.mark-all-read"), click -> {
            notifications.markAllRead(access.tenant().id());
            list.close();
            showCount();
        });
        markAll.setEnabled(newest.stream().anyMatch(Notification::isUnread));
        Anchor all = new Anchor(NotificationsNavigation.list(access.tenant().slug()), Texts.t("notifications.bell.see-all"));
        all.getElement().setAttribute("router-link", true);
        all.getElement().addEventListener("click", event -> list.close());
        Anchor choices = new Anchor(NotificationsNavigation.MAIL_CHOICES, Texts.t("notifications.bell.mail-choices"));
        choices.getElement().setAttribute("router-link", true);
        list.getFooter().add(choices, all, markAll);
        list.open();
    }

    private Div item(Notification notification, Dialog list) {
        Button open = new Button(NotificationLines.text(notification), click -> {
            notifications.markRead(access.tenant().id(), notification.id());
            list.close();
            showCount();
            UI.getCurrent().navigate(notification.link());
        });
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.addClassName(notification.isUnread() ? "notification-unread" : "notification-read");
        Span when = new Span(NotificationLines.when(access, notification));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div item = new Div(NotificationLines.unreadMark(notification), open, new Div(when));
        item.addClassName("notification-item");
        return item;
    }
}
