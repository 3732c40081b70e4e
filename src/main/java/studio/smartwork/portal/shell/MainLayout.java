package studio.smartwork.portal.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.tenant.TenantAccess;
import studio.smartwork.portal.tenant.TenantEntrance;

/**
 * The frame around every signed-in page: navigation by role, the tenant switcher for
 * people who work in several tenants, and sign-out.
 */
@PermitAll
public class MainLayout extends AppLayout {

    private final ComboBox<TenantAccess> switcher = new ComboBox<>();

    MainLayout(TenantEntrance entrance, AuthenticationContext authentication, List<PlatformPage> platformPages) {
        Actor actor = CurrentActor.require();
        List<TenantAccess> tenants = entrance.tenantsOf(actor);

        Span brand = new Span("SmartWork Portal");
        brand.addClassName("brand");

        switcher.setPlaceholder("Switch tenant");
        switcher.setAriaLabel("Switch tenant");
        switcher.setItems(tenants);
        switcher.setItemLabelGenerator(access -> access.tenant().name());
        switcher.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                ShellNavigation.toTenant(event.getValue().tenant().slug());
            }
        });
        switcher.setVisible(tenants.size() > 1 || actor.isConsultant());

        Avatar avatar = new Avatar(actor.displayName());
        Span who = new Span(actor.displayName());
        who.addClassName("who");
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Div spacer = new Div();
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, spacer, switcher, avatar, who, signOut);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setFlexGrow(1, spacer);
        header.addClassName("main-header");
        addToNavbar(header);
        addToDrawer(navigation(actor, tenants, platformPages));
        setPrimarySection(Section.NAVBAR);
    }

    /** Keeps the switcher showing the tenant the person is in. */
    public void showTenant(String slug) {
        switcher.getListDataView().getItems()
                .filter(access -> access.tenant().slug().equals(slug))
                .findFirst()
                .ifPresentOrElse(switcher::setValue, switcher::clear);
    }

    private static SideNav navigation(Actor actor, List<TenantAccess> tenants, List<PlatformPage> platformPages) {
        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", "Main navigation");
        if (actor.isAdmin()) {
            nav.addItem(new SideNavItem("Tenants", ShellNavigation.ADMIN_TENANTS, VaadinIcon.BUILDING.create()));
            nav.addItem(new SideNavItem("Consultancy people", ShellNavigation.ADMIN_PEOPLE, VaadinIcon.USERS.create()));
        }
        if (actor.isConsultant()) {
            nav.addItem(new SideNavItem("Portfolio", ShellNavigation.PORTFOLIO, VaadinIcon.BRIEFCASE.create()));
        }
        platformPages.stream().filter(page -> page.isVisibleTo(actor))
                .sorted(java.util.Comparator.comparingInt(PlatformPage::order))
                .forEach(page -> nav.addItem(new SideNavItem(page.label(), page.path(), page.icon().create())));
        if (!actor.isAdmin() && !actor.isConsultant()) {
            tenants.forEach(access -> nav.addItem(new SideNavItem(access.tenant().name(),
                    ShellNavigation.tenantPath(access.tenant().slug()), VaadinIcon.HOME.create())));
        }
        return nav;
    }
}
