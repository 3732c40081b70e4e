package studio.smartwork.portal.activity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenantdata.TenantDataExported;

/** Downloading all of a tenant's data is something the tenant's people see in its activity feed. */
@Component
class DataRightsActivity {

    private final ActivityLog activity;
    private final TenantScope tenantScope;

    DataRightsActivity(ActivityLog activity, TenantScope tenantScope) {
        this.activity = activity;
        this.tenantScope = tenantScope;
    }

    @EventListener
    void exported(TenantDataExported exported) {
        tenantScope.asSystem(exported.tenant(), () -> {
            activity.recordFor(exported.tenant(), exported.personId(), exported.displayName(), "activity.data-exported");
            return null;
        });
    }
}
