package studio.smartwork.portal.support;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantService;

/**
 * A demo tenant's id, whoever is signed in: the portal shows a signed-in person only their own
 * tenants, and tests need the other tenant's id to try it from outside.
 */
public final class DemoTenants {

    private DemoTenants() {
    }

    public static TenantId id(ApplicationContext context, String slug) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();
        try {
            return context.getBean(TenantService.class).findBySlug(slug).orElseThrow().id();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(signedIn);
        }
    }
}
