package studio.smartwork.portal.people.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenantdata.ExportAudience;
import studio.smartwork.portal.tenantdata.ExportWriter;
import studio.smartwork.portal.tenantdata.TenantDataPart;

/** The tenant's people, teams, invitations and consultants in its data export. */
@Component
class PeopleDataExport implements TenantDataPart {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void write(TenantSession session, ExportAudience audience, ExportWriter writer) {
        Map<String, Long> tenant = Map.of("t", session.tenant().value());
        writer.query("people.csv", """
                select pe.display_name as name, pe.email as email, m.role as role, t.name as team, m.created_at as member_since
                from membership m
                join person pe on pe.id = m.person_id
                left join team t on t.tenant_id = m.tenant_id and t.id = m.team_id
                where m.tenant_id = :t order by pe.display_name, pe.id
                """, tenant);
        writer.query("teams.csv", """
                select name, hourly_cost from team where tenant_id = :t order by name
                """, tenant);
        writer.query("invitations.csv", """
                select pe.display_name as name, pe.email as email, i.role as role, t.name as team, i.invited_at, i.status, i.decided_at
                from invitation i
                join person pe on pe.id = i.person_id
                left join team t on t.tenant_id = i.tenant_id and t.id = i.team_id
                where i.tenant_id = :t order by i.invited_at, i.id
                """, tenant);
        writer.query("consultants.csv", """
                select pe.display_name as name, pe.email as email, a.assigned_at
                from consultant_assignment a join person pe on pe.id = a.person_id
                where a.tenant_id = :t order by pe.display_name
                """, tenant);
    }
}
