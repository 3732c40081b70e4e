package studio.smartwork.portal.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.internal.ActivityEntity;
import studio.smartwork.portal.activity.internal.ActivityRepository;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;

/** The per-tenant feed of who did what, written by features as things happen. */
@Service
public class ActivityLog {

    private final ActivityRepository activities;
    private final TenantScope tenantScope;
    private final Clock clock;

    ActivityLog(ActivityRepository activities, TenantScope tenantScope, Clock clock) {
        this.activities = activities;
        this.tenantScope = tenantScope;
        this.clock = clock;
    }

    /** Records within the caller's tenant transaction, so it is written only if the change is. */
    public void record(TenantSession session, String summary) {
        activities.save(new ActivityEntity(session.tenant().value(), session.actor().personId(),
                session.actor().displayName() + " " + summary, Instant.now(clock)));
    }

    /** Records work of the portal itself, such as demo data, inside the caller's tenant transaction. */
    public void recordSystem(TenantId tenant, String summary) {
        activities.save(new ActivityEntity(tenant.value(), null, summary, Instant.now(clock)));
    }

    public List<ActivityEntry> recent(TenantId tenant, int limit) {
        return tenantScope.read(tenant, session -> activities
                .findByTenantIdOrderByOccurredAtDescIdDesc(tenant.value(), Limit.of(limit)).stream()
                .map(a -> new ActivityEntry(a.occurredAt(), a.summary()))
                .toList());
    }
}
