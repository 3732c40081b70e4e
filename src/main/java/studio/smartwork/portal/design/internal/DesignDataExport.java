package studio.smartwork.portal.design.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenantdata.ExportAudience;
import studio.smartwork.portal.tenantdata.ExportWriter;
import studio.smartwork.portal.tenantdata.TenantDataPart;

/** Design records in the tenant's data export, with every revision's content, the reviews, comments and KPIs. */
@Component
class DesignDataExport implements TenantDataPart {

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void write(TenantSession session, ExportAudience audience, ExportWriter writer) {
        Map<String, Long> tenant = Map.of("t", session.tenant().value());
        writer.query("design_records.csv", """
                select 'SDR-' || r.number as record, r.title, r.status, r.current_revision, r.approved_revision, r.live_since,
                       r.retired_on, (select 'SDR-' || i.number from design_record i where i.tenant_id = r.tenant_id
                                      and i.id = r.improves_record_id) as improves, r.created_at, r.updated_at
                from design_record r where r.tenant_id = :t order by r.number
                """, tenant);
        writer.query("design_revisions.csv", """
                select 'SDR-' || r.number as record, v.revision, pe.display_name as written_by, v.created_at, v.content::text as content
                from design_revision v
                join design_record r on r.tenant_id = v.tenant_id and r.id = v.record_id
                left join person pe on pe.id = v.created_by
                where v.tenant_id = :t order by r.number, v.revision
                """, tenant);
        writer.query("design_reviews.csv", """
                select 'SDR-' || r.number as record, v.revision, v.decision, v.comment, pe.display_name as decided_by, v.decided_at
                from design_review v
                join design_record r on r.tenant_id = v.tenant_id and r.id = v.record_id
                join person pe on pe.id = v.decided_by
                where v.tenant_id = :t order by r.number, v.decided_at
                """, tenant);
        writer.query("design_comments.csv", """
                select 'SDR-' || r.number as record, c.id as comment, c.parent_id as reply_to, pe.display_name as author,
                       c.created_at, c.body
                from design_comment c
                join design_record r on r.tenant_id = c.tenant_id and r.id = c.record_id
                join person pe on pe.id = c.author_id
                where c.tenant_id = :t order by r.number, c.created_at, c.id
                """, tenant);
        writer.query("design_kpis.csv", """
                select 'SDR-' || r.number as record, k.kpi_key, k.name, k.unit, k.direction, k.baseline, k.target, k.cadence
                from design_kpi k join design_record r on r.tenant_id = k.tenant_id and r.id = k.record_id
                where k.tenant_id = :t order by r.number, k.id
                """, tenant);
        writer.query("design_record_candidates.csv", """
                select 'SDR-' || r.number as record, d.candidate_id as candidate
                from design_candidate d join design_record r on r.tenant_id = d.tenant_id and r.id = d.record_id
                where d.tenant_id = :t order by r.number, d.candidate_id
                """, tenant);
    }
}
