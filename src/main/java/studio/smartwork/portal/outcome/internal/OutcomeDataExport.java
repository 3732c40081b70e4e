package studio.smartwork.portal.outcome.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenantdata.ExportAudience;
import studio.smartwork.portal.tenantdata.ExportWriter;
import studio.smartwork.portal.tenantdata.TenantDataPart;

/** Outcome measurements, run totals, KPI alerts and run events in the tenant's data export, with who recorded them and when. */
@Component
class OutcomeDataExport implements TenantDataPart {

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void write(TenantSession session, ExportAudience audience, ExportWriter writer) {
        Map<String, Long> tenant = Map.of("t", session.tenant().value());
        writer.query("outcome_measurements.csv", """
                select 'SDR-' || r.number as record, k.name as kpi, k.unit, m.period_start, m.value, m.recorded_by_name as recorded_by,
                       m.recorded_at
                from kpi_measurement m
                join design_record r on r.tenant_id = m.tenant_id and r.id = m.record_id
                join design_kpi k on k.tenant_id = m.tenant_id and k.id = m.kpi_id
                where m.tenant_id = :t order by r.number, k.id, m.period_start
                """, tenant);
        writer.query("outcome_runs.csv", """
                select 'SDR-' || r.number as record, t.month, t.runs, t.succeeded, t.failed, t.recorded_by_name as recorded_by, t.recorded_at
                from run_total t join design_record r on r.tenant_id = t.tenant_id and r.id = t.record_id
                where t.tenant_id = :t order by r.number, t.month
                """, tenant);
        writer.query("outcome_kpi_alerts.csv", """
                select 'SDR-' || r.number as record, k.name as kpi, a.kind, a.since, a.raised_at, a.target, a.direction, a.cadence,
                       array_to_string(a.periods, ' ') as periods, array_to_string(a.period_values, ' ', 'none') as period_values,
                       a.acknowledged_by_name as acknowledged_by, a.acknowledged_at, a.acknowledgement_note, a.resolved_at
                from kpi_alert a
                join design_record r on r.tenant_id = a.tenant_id and r.id = a.record_id
                join design_kpi k on k.tenant_id = a.tenant_id and k.id = a.kpi_id
                where a.tenant_id = :t order by r.number, k.id, a.raised_at, a.id
                """, tenant);
        // The runs the automation reported, as received: no person's data, the sender's ids and times.
        writer.query("outcome_run_events.csv", """
                select 'SDR-' || r.number as record, e.sender_event_key as event_id, e.occurred_at, e.outcome, e.duration_ms,
                       e.human_minutes, e.received_at
                from run_event e join design_record r on r.tenant_id = e.tenant_id and r.id = e.record_id
                where e.tenant_id = :t order by r.number, e.occurred_at, e.id
                """, tenant);
    }
}
