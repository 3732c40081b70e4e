package studio.smartwork.portal.integrations;

import studio.smartwork.portal.tenant.TenantAccess;

/**
 * A part of the Integrations page that another feature adds below the API keys, so that this
 * feature needs to know nothing of it (webhooks, later imports). The page adds every bean that
 * implements it, in their order ({@code @Order}). The panel's type is left open so that this
 * package stays free of Vaadin: the page asks for panels of Vaadin components.
 *
 * @param <C> what the panel is built as: a Vaadin component on the page
 */
public interface IntegrationsPanel<C> {

    /** The panel for a person who manages the tenant's integrations, built anew for each page. */
    C panel(TenantAccess access);
}
