package studio.smartwork.portal.shell;

import com.vaadin.flow.component.UI;

/** Addresses of the portal's main places, in one spot so links and redirects agree. */
public final class ShellNavigation {

    public static final String ADMIN_TENANTS = "admin/tenants";
    public static final String ADMIN_PEOPLE = "admin/people";
    public static final String PORTFOLIO = "portfolio";

    private ShellNavigation() {
    }

    public static String tenantPath(String slug) {
        return "t/" + slug;
    }

    public static String tenantPeoplePath(String slug) {
        return "t/" + slug + "/people";
    }

    public static String adminTenantPath(String slug) {
        return ADMIN_TENANTS + "/" + slug;
    }

    public static void toTenant(String slug) {
        UI.getCurrent().navigate(tenantPath(slug));
    }
}
