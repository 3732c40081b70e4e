package studio.smartwork.portal.audit.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenantdata.ExportAudience;
import studio.smartwork.portal.tenantdata.ExportWriter;
import studio.smartwork.portal.tenantdata.TenantDataPart;

/**
 * The time audit in the tenant's data export: campaigns, the catalogue, every time entry and
 * rating, friction notes and candidates. For executives, entries and ratings do not name their
 * person and people's own notes are left out (the audit is one without surveillance).
 */
@Component
class AuditDataExport implements TenantDataPart {

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void write(TenantSession session, ExportAudience audience, ExportWriter writer) {
        Map<String, Long> tenant = Map.of("t", session.tenant().value());
        boolean named = audience.seesWhoLoggedWhat();
        writer.query("audit_campaigns.csv", """
                select id as campaign, name, starts_on, ends_on, status, closed_at, closed_working_days_per_month, created_at
                from audit_campaign where tenant_id = :t order by starts_on, id
                """, tenant);
        writer.query("audit_tasks.csv", """
                select p.name as process, t.name as task, t.created_at
                from audit_task t join audit_process p on p.tenant_id = t.tenant_id and p.id = t.process_id
                where t.tenant_id = :t order by lower(p.name), lower(t.name)
                """, tenant);
        if (named) {
            writer.query("audit_participants.csv", """
                    select a.campaign_id as campaign, pe.email as person
                    from audit_participant a join person pe on pe.id = a.person_id
                    where a.tenant_id = :t order by a.campaign_id, pe.email
                    """, tenant);
        }
        writer.query("audit_time_entries.csv", named ? """
                select e.campaign_id as campaign, e.entry_date as date, pe.email as person, p.name as process, t.name as task,
                       e.minutes, e.occurrences, e.hourly_cost, tm.name as team, e.note
                from audit_time_entry e
                join person pe on pe.id = e.person_id
                join audit_task t on t.tenant_id = e.tenant_id and t.id = e.task_id
                join audit_process p on p.tenant_id = t.tenant_id and p.id = t.process_id
                left join team tm on tm.tenant_id = e.tenant_id and tm.id = e.team_id
                where e.tenant_id = :t order by e.campaign_id, e.entry_date, e.id
                """ : """
                select e.campaign_id as campaign, e.entry_date as date, p.name as process, t.name as task,
                       e.minutes, e.occurrences, e.hourly_cost
                from audit_time_entry e
                join audit_task t on t.tenant_id = e.tenant_id and t.id = e.task_id
                join audit_process p on p.tenant_id = t.tenant_id and p.id = t.process_id
                where e.tenant_id = :t order by e.campaign_id, e.entry_date, e.id
                """, tenant);
        writer.query("audit_ratings.csv", named ? """
                select r.campaign_id as campaign, pe.email as person, p.name as process, t.name as task,
                       r.repetitive, r.rule_based, r.predictable, r.friction, r.breaks_where
                from audit_task_rating r
                join person pe on pe.id = r.person_id
                join audit_task t on t.tenant_id = r.tenant_id and t.id = r.task_id
                join audit_process p on p.tenant_id = t.tenant_id and p.id = t.process_id
                where r.tenant_id = :t order by r.campaign_id, p.name, t.name, r.id
                """ : """
                select r.campaign_id as campaign, p.name as process, t.name as task,
                       r.repetitive, r.rule_based, r.predictable, r.friction
                from audit_task_rating r
                join audit_task t on t.tenant_id = r.tenant_id and t.id = r.task_id
                join audit_process p on p.tenant_id = t.tenant_id and p.id = t.process_id
                where r.tenant_id = :t order by r.campaign_id, p.name, t.name, r.id
                """, tenant);
        writer.query("audit_friction_notes.csv", """
                select n.campaign_id as campaign, n.text, n.created_at,
                       (select count(*) from audit_friction_vote v where v.tenant_id = n.tenant_id and v.note_id = n.id) as plus_ones
                from audit_friction_note n where n.tenant_id = :t order by n.campaign_id, n.created_at, n.id
                """, tenant);
        writer.query("audit_candidates.csv", """
                select c.id as candidate, c.campaign_id as campaign, c.title, c.potential_percent, c.effort, c.note, c.created_at,
                       (select string_agg(p.name || ' · ' || t.name, '; ' order by p.name, t.name)
                          from audit_candidate_task ct
                          join audit_task t on t.tenant_id = ct.tenant_id and t.id = ct.task_id
                          join audit_process p on p.tenant_id = t.tenant_id and p.id = t.process_id
                         where ct.tenant_id = c.tenant_id and ct.candidate_id = c.id) as tasks
                from audit_candidate c where c.tenant_id = :t order by c.created_at, c.id
                """, tenant);
    }
}
