package studio.smartwork.portal.audit.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import studio.smartwork.portal.shared.ui.AddressParameters;
import studio.smartwork.portal.shell.ShellNavigation;

/** The audit's pages inside a tenant, by their view classes and the parameters of their addresses. */
final class AuditNavigation {

    static final String CAMPAIGN_PARAMETER = "campaign";

    private AuditNavigation() {
    }

    static RouteParameters audit(String slug) {
        return ShellNavigation.inTenant(slug);
    }

    static RouteParameters campaign(String slug, long campaignId) {
        return ShellNavigation.inTenant(slug, CAMPAIGN_PARAMETER, Long.toString(campaignId));
    }

    /** The campaign in the address; anything that is not a campaign's id is not found. */
    static long campaignId(BeforeEnterEvent event) {
        return AddressParameters.number(event, CAMPAIGN_PARAMETER);
    }
}
