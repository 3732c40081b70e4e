package studio.smartwork.portal.shell;

import studio.smartwork.portal.identity.TenantRole;

/**
 * A section of a tenant's pages, shown as a tab under the tenant's name. Features declare
 * their sections as Spring beans; the tenant layout shows those the person's role may use.
 *
 * @param label   the key of the tab's text among the portal's texts
 * @param path    the address below {@code /t/{slug}/}, empty for the overview
 * @param order   position among the tabs, lower first (overview 0, people 900)
 */
public record TenantSection(String label, String path, int order, java.util.function.Predicate<TenantRole> visibleTo) {

    public boolean isVisibleTo(TenantRole role) {
        return visibleTo.test(role);
    }
}
