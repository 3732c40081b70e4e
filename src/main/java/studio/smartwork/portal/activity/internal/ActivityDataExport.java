package studio.smartwork.portal.activity.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenantdata.ExportAudience;
import studio.smartwork.portal.tenantdata.ExportWriter;
import studio.smartwork.portal.tenantdata.TenantDataPart;

/** The tenant's activity feed, all of it, in its data export. */
@Component
class ActivityDataExport implements TenantDataPart {

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void write(TenantSession session, ExportAudience audience, ExportWriter writer) {
        writer.query("activity.csv", """
                select occurred_at, summary from activity where tenant_id = :t order by occurred_at, id
                """, Map.of("t", session.tenant().value()));
    }
}
