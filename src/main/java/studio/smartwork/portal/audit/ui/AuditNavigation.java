package studio.smartwork.portal.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import studio.smartwork.portal.shell.ShellNavigation;

/** Addresses of the audit's pages inside a tenant. */
final class AuditNavigation {

    private AuditNavigation() {
    }

    static String audit(String slug) {
        return ShellNavigation.tenantPath(slug) + "/audit";
    }

    static String campaign(String slug, long campaignId) {
        return audit(slug) + "/" + campaignId;
    }

    static void to(String path) {
        UI.getCurrent().navigate(path);
    }

    /** The campaign in the address; one no campaign can have (too many digits for a number) is -1, which is not found. */
    static long campaignId(BeforeEnterEvent event) {
        try {
            return event.getRouteParameters().getLong("campaign").orElse(-1L);
        } catch (IllegalArgumentException notANumber) {
            return -1L;
        }
    }
}
