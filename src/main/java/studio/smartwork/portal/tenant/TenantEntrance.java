package studio.smartwork.portal.tenant;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;

/**
 * The way into a tenant's pages: the tenants a person can enter, for the navigation, and the
 * tenant at an address with the person's role in it, checked before any page of it is built.
 */
@Service
public class TenantEntrance {

    private final TenantService tenants;
    private final TenantScope tenantScope;
    private final TenantsOfPerson tenantsOfPerson;

    TenantEntrance(TenantService tenants, TenantScope tenantScope, TenantsOfPerson tenantsOfPerson) {
        this.tenants = tenants;
        this.tenantScope = tenantScope;
        this.tenantsOfPerson = tenantsOfPerson;
    }

    /** The active tenants a person can enter, with their role in each, by name; administrators get none here. */
    public List<TenantAccess> tenantsOf(Actor actor) {
        Map<TenantId, TenantRole> roles = tenantsOfPerson.rolesOf(actor);
        return tenants.findAll(roles.keySet()).stream()
                .filter(TenantSummary::isActive)
                .map(t -> new TenantAccess(t, roles.get(t.id())))
                .toList();
    }

    /**
     * The tenant at an address and the signed-in person's role in it; "not found" for a
     * tenant that does not exist and for one the person may not enter alike.
     */
    public TenantAccess enter(String slug) {
        TenantSummary tenant = tenants.findBySlug(slug).orElseThrow(TenantNotFoundException::new);
        return tenantScope.read(tenant.id(), session -> new TenantAccess(tenant, session.role()));
    }
}
