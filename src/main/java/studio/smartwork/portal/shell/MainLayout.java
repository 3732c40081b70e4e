package studio.smartwork.portal.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
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
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.tenant.TenantAccess;
import studio.smartwork.portal.tenant.TenantEntrance;

/**
 * The frame around every signed-in page: navigation by role, the tenant switcher for
 * people who work in several tenants, and sign-out.
 */
@PermitAll
public class MainLayout extends AppLayout {

    private final ComboBox<TenantAccess> switcher = new ComboBox<>();

    MainLayout(TenantEntrance entrance, AuthenticationContext authentication, List<PlatformPage> platformPages,
            LanguagePreferences languages) {
        Actor actor = CurrentActor.require();
        List<TenantAccess> tenants = entrance.tenantsOf(actor);

        Span brand = new Span(getTranslation("shell.brand"));
        brand.addClassName("brand");

        switcher.setPlaceholder(getTranslation("shell.switch-tenant"));
        switcher.setAriaLabel(getTranslation("shell.switch-tenant"));
        switcher.setItems(tenants);
        switcher.setItemLabelGenerator(access -> access.tenant().name());
        switcher.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                ShellNavigation.toTenant(event.getValue().tenant().slug());
            }
        });
        switcher.setVisible(tenants.size() > 1 || actor.isConsultant());

        Div spacer = new Div();
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, spacer, switcher,
                new ProfileMenu(actor, tenants, authentication, languages));
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
        nav.getElement().setAttribute("aria-label", Texts.t("shell.main-navigation"));
        if (actor.isAdmin()) {
            nav.addItem(new SideNavItem(Texts.t("shell.nav.tenants"), ShellNavigation.ADMIN_TENANTS, VaadinIcon.BUILDING.create()));
            nav.addItem(new SideNavItem(Texts.t("shell.nav.consultancy-people"), ShellNavigation.ADMIN_PEOPLE, VaadinIcon.USERS.create()));
        }
        if (actor.isConsultant()) {
            nav.addItem(new SideNavItem(Texts.t("shell.nav.portfolio"), ShellNavigation.PORTFOLIO, VaadinIcon.BRIEFCASE.create()));
        }
        platformPages.stream().filter(page -> page.isVisibleTo(actor))
                .sorted(java.util.Comparator.comparingInt(PlatformPage::order))
                .forEach(page -> nav.addItem(new SideNavItem(Texts.t(page.label()), page.path(), page.icon().create())));
        if (!actor.isAdmin() && !actor.isConsultant()) {
            tenants.forEach(access -> nav.addItem(new SideNavItem(access.tenant().name(),
                    ShellNavigation.tenantPath(access.tenant().slug()), VaadinIcon.HOME.create())));
        }
        return nav;
    }
}
