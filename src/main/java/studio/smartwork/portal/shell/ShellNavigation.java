package studio.smartwork.portal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import java.util.HashMap;
import java.util.Map;

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

    // Addresses one feature's pages link to in another's: the features' views do not know each other's classes.

    public static String designRecordPath(String slug, int number) {
        return tenantPath(slug) + "/designs/" + number;
    }

    public static String designEditorPath(String slug, int number) {
        return designRecordPath(slug, number) + "/edit";
    }

    public static String timeLogPath(String slug, long campaignId) {
        return tenantPath(slug) + "/audit/" + campaignId + "/log";
    }

    /** The savings dashboard. */
    public static String outcomesPath(String slug) {
        return tenantPath(slug) + "/outcomes";
    }

    /** A solution's KPI alert history. */
    public static String solutionAlertsPath(String slug, long recordId) {
        return outcomesPath(slug) + "/alerts/" + recordId;
    }

    public static String tenantDataPath(String slug) {
        return tenantPath(slug) + "/data";
    }

    // Pages of a feature by their view classes, with the parameters of their addresses.

    /** The parameters of a page inside a tenant: its address, and the page's own name and value pairs. */
    public static RouteParameters inTenant(String slug, String... namesAndValues) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(TenantLayout.TENANT_PARAMETER, slug);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new RouteParameters(parameters);
    }

    public static void to(Class<? extends Component> page, RouteParameters parameters) {
        UI.getCurrent().navigate(page, parameters);
    }

    public static String url(Class<? extends Component> page, RouteParameters parameters) {
        return RouteConfiguration.forSessionScope().getUrl(page, parameters);
    }
}
