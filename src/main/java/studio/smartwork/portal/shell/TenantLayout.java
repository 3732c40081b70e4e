package studio.smartwork.portal.shell;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RoutePrefix;
import com.vaadin.flow.router.RouterLayout;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import studio.smartwork.portal.shared.ui.AddressParameters;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantAccess;
import studio.smartwork.portal.tenant.TenantEntrance;

/**
 * Every page of one tenant lives under {@code /t/{slug}}. Before any of them is built,
 * this layout resolves the tenant and checks the person's access; a tenant that does not
 * exist and one the person may not enter both end on "not found". The pages then read
 * the tenant from {@link #current()}.
 */
@ParentLayout(MainLayout.class)
@RoutePrefix("t/:" + TenantLayout.TENANT_PARAMETER)
@PermitAll
public class TenantLayout extends VerticalLayout implements RouterLayout, BeforeEnterObserver {

    /** The name of the tenant's address among a page's parameters. */
    public static final String TENANT_PARAMETER = "tenant";

    private final TenantEntrance entrance;
    private final List<TenantSection> tenantSections;
    private final List<TenantHeaderItem> headerItemBeans;
    private final HorizontalLayout headerItems = new HorizontalLayout();
    private final H2 title = new H2();
    private final Span role = new Span();
    private final Nav sections = new Nav();
    private final Div content = new Div();

    TenantLayout(TenantEntrance entrance, List<TenantSection> sectionBeans, List<TenantHeaderItem> headerItemBeans) {
        this.entrance = entrance;
        this.headerItemBeans = headerItemBeans;
        this.tenantSections = sectionBeans.stream().sorted(Comparator.comparingInt(TenantSection::order)).toList();
        setPadding(true);
        setSizeFull();
        role.getElement().getThemeList().add("badge");
        headerItems.addClassName("tenant-header-items");
        headerItems.getStyle().set("margin-inline-start", "auto");
        HorizontalLayout header = new HorizontalLayout(title, role, headerItems);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("tenant-header");
        // Links in a labelled navigation, not tabs: each section is its own page with its own address.
        sections.addClassName("tenant-sections");
        sections.getElement().setAttribute("aria-label", getTranslation("shell.tenant-sections"));
        content.setWidthFull();
        content.addClassName("tenant-content");
        add(header, sections, content);
    }

    /** The tenant of the page being shown, resolved and access-checked by this layout. */
    public static TenantAccess current() {
        return Optional.ofNullable(ComponentUtil.getData(UI.getCurrent(), TenantAccess.class))
                .orElseThrow(TenantNotFoundException::new);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = AddressParameters.text(event, TENANT_PARAMETER);
        TenantAccess access;
        try {
            access = entrance.enter(slug);
        } catch (TenantNotFoundException e) {
            ComponentUtil.setData(event.getUI(), TenantAccess.class, null);
            event.rerouteToError(NotFoundException.class);
            return;
        }
        ComponentUtil.setData(event.getUI(), TenantAccess.class, access);
        title.setText(access.tenant().name());
        role.setText(getTranslation(access.role().textKey()));
        headerItems.removeAll();
        headerItemBeans.forEach(item -> headerItems.add(item.create(access)));
        sections.removeAll();
        String path = event.getLocation().getPath();
        Anchor selected = null;
        int longestMatch = -1;
        for (TenantSection section : tenantSections) {
            if (!section.isVisibleTo(access.role())) {
                continue;
            }
            String sectionPath = section.path().isEmpty()
                    ? ShellNavigation.tenantPath(slug) : ShellNavigation.tenantPath(slug) + "/" + section.path();
            Anchor link = link(getTranslation(section.label()), sectionPath);
            sections.add(link);
            boolean matches = path.equals(sectionPath) || path.startsWith(sectionPath + "/");
            if (matches && sectionPath.length() > longestMatch) {
                selected = link;
                longestMatch = sectionPath.length();
            }
        }
        if (selected != null) {
            selected.getElement().setAttribute("aria-current", "page");
        }
        UI ui = event.getUI();
        ui.getChildren().findFirst().ifPresent(root -> {
            if (root instanceof MainLayout main) {
                main.showTenant(slug);
            }
        });
    }

    private static Anchor link(String label, String path) {
        Anchor link = new Anchor(path, label);
        // Navigates inside the running UI instead of reloading the page.
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    @Override
    public void showRouterLayoutContent(HasElement child) {
        content.getElement().removeAllChildren();
        if (child != null) {
            content.getElement().appendChild(child.getElement());
        }
    }
}
