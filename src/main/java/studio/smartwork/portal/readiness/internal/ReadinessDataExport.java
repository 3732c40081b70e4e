package studio.smartwork.portal.readiness.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenantdata.ExportAudience;
import studio.smartwork.portal.tenantdata.ExportWriter;
import studio.smartwork.portal.tenantdata.TenantDataPart;

/** The executives' readiness self-checks in the tenant's data export. */
@Component
class ReadinessDataExport implements TenantDataPart {

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void write(TenantSession session, ExportAudience audience, ExportWriter writer) {
        writer.query("readiness_checks.csv", """
                select pe.display_name as answered_by, c.answered_at, c.training_without_problems, c.adoption_as_logins,
                       c.licences_just_in_case, c.forced_use_cases, c.saving_unknown, c.meetings_about_tools
                from readiness_check c join person pe on pe.id = c.answered_by
                where c.tenant_id = :t order by c.answered_at, c.id
                """, Map.of("t", session.tenant().value()));
    }
}
