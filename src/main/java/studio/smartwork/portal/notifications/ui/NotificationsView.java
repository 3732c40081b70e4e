package studio.smartwork.portal.notifications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import studio.smartwork.portal.notifications.Notification;
import studio.smartwork.portal.notifications.Notifications;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenant.TenantAccess;

/** All of the signed-in person's notifications in a tenant, newest first, a page at a time. */
@Route(value = NotificationsNavigation.LIST, layout = TenantLayout.class)
@PermitAll
public class NotificationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Notifications notifications;
    private final Grid<Notification> grid = new Grid<>();
    private TenantAccess access;

    NotificationsView(Notifications notifications) {
        this.notifications = notifications;
        setPadding(false);
        addClassName("notifications-view");
        grid.setId("notifications");
        grid.setPageSize(25);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        access = TenantLayout.current();
        removeAll();
        grid.removeAllColumns();
        grid.addComponentColumn(NotificationLines::unreadMark).setHeader("").setKey("unread").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::open).setHeader(getTranslation("notifications.list.what")).setKey("what").setFlexGrow(3);
        grid.addColumn(n -> NotificationLines.when(access, n)).setHeader(getTranslation("notifications.list.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> notifications.page(access.tenant().id(), query.getOffset(), query.getLimit()).stream(),
                query -> notifications.count(access.tenant().id()));
        Button markAll = new Button(getTranslation("notifications.bell.mark-all-read"), click -> {
            notifications.markAllRead(access.tenant().id());
            grid.getDataProvider().refreshAll();
        });
        Anchor choices = new Anchor(NotificationsNavigation.MAIL_CHOICES, getTranslation("notifications.bell.mail-choices"));
        choices.getElement().setAttribute("router-link", true);
        HorizontalLayout header = new HorizontalLayout(new H3(getTranslation("notifications.list.title")), markAll, choices);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, grid);
    }

    private Button open(Notification notification) {
        Button open = new Button(NotificationLines.text(notification), click -> {
            notifications.markRead(access.tenant().id(), notification.id());
            UI.getCurrent().navigate(notification.link());
        });
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return open;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("notifications.list.page-title");
    }
}
