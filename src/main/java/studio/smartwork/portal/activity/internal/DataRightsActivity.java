package studio.smartwork.portal.activity.internal;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenantdata.TenantDataExported;

/** Downloading all of a tenant's data is something the tenant's people see in its activity feed. */
@Component
class DataRightsActivity {

    private final ActivityRepository activities;
    private final TenantScope tenantScope;
    private final Clock clock;

    DataRightsActivity(ActivityRepository activities, TenantScope tenantScope, Clock clock) {
        this.activities = activities;
        this.tenantScope = tenantScope;
        this.clock = clock;
    }

    @EventListener
    void exported(TenantDataExported exported) {
        tenantScope.asSystem(exported.tenant(), () -> activities.save(new ActivityEntity(exported.tenant().value(),
                exported.personId(), exported.displayName() + " downloaded all of the tenant's data", Instant.now(clock))));
    }
}
