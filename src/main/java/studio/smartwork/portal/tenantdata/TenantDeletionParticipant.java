package studio.smartwork.portal.tenantdata;

import studio.smartwork.portal.tenancy.TenantSession;

/**
 * A feature that has something to do when a tenant is deleted for good, beyond its rows
 * going (which the deletion does for every table of the tenant). It looks at the tenant while
 * it still exists and hands back what to do once it is gone.
 */
public interface TenantDeletionParticipant {

    Runnable beforeDeletion(TenantSession session);
}
