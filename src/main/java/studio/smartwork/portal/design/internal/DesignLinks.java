package studio.smartwork.portal.design.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import studio.smartwork.portal.design.KpiDefinition;
import studio.smartwork.portal.design.KpiDefinition.KpiCadence;
import studio.smartwork.portal.design.KpiDefinition.KpiDirection;
import studio.smartwork.portal.design.KpiDefinition.KpiUnit;

/** A record's links to audit candidates and its live KPIs; plain SQL inside the tenant's transaction. */
@Repository
public class DesignLinks {

    private final JdbcClient jdbc;

    DesignLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void linkCandidates(long tenantId, long recordId, List<Long> candidateIds) {
        for (Long candidateId : candidateIds) {
            jdbc.sql("insert into design_candidate (tenant_id, record_id, candidate_id) values (?, ?, ?) on conflict do nothing")
                    .params(tenantId, recordId, candidateId).update();
        }
    }

    public List<Long> candidateIds(long tenantId, long recordId) {
        return jdbc.sql("select candidate_id from design_candidate where tenant_id = ? and record_id = ? order by candidate_id")
                .params(tenantId, recordId).query(Long.class).list();
    }

    /** Candidates that already have a record, so they are not offered twice. */
    public List<Long> linkedCandidateIds(long tenantId) {
        return jdbc.sql("select distinct candidate_id from design_candidate where tenant_id = ?")
                .param(tenantId).query(Long.class).list();
    }

    /** Writes the KPIs of the approved revision, keeping each KPI's id stable by its key. */
    public void upsertKpi(long tenantId, long recordId, String key, String name, KpiUnit unit, KpiDirection direction,
            BigDecimal baseline, BigDecimal target, KpiCadence cadence) {
        jdbc.sql("""
                insert into design_kpi (tenant_id, record_id, kpi_key, name, unit, direction, baseline, target, cadence)
                values (:tenant, :record, :key, :name, :unit, :direction, :baseline, :target, :cadence)
                on conflict (record_id, kpi_key) do update set name = excluded.name, unit = excluded.unit,
                    direction = excluded.direction, baseline = excluded.baseline, target = excluded.target,
                    cadence = excluded.cadence
                """)
                .param("tenant", tenantId).param("record", recordId).param("key", key).param("name", name)
                .param("unit", unit.name()).param("direction", direction.name()).param("baseline", baseline)
                .param("target", target).param("cadence", cadence.name()).update();
    }

    public List<KpiRow> kpis(long tenantId, long recordId) {
        return jdbc.sql("""
                        select id, kpi_key, name, unit, direction, baseline, target, cadence from design_kpi
                        where tenant_id = ? and record_id = ? order by id
                        """)
                .params(tenantId, recordId)
                .query((rs, n) -> new KpiRow(rs.getString("kpi_key"), new KpiDefinition(rs.getLong("id"), rs.getString("name"),
                        KpiUnit.valueOf(rs.getString("unit")), KpiDirection.valueOf(rs.getString("direction")),
                        rs.getBigDecimal("baseline"), rs.getBigDecimal("target"), KpiCadence.valueOf(rs.getString("cadence")))))
                .list();
    }

    /** The KPIs of every record of a tenant, by record, in one query: {@link #kpis} for a page of several records. */
    public Map<Long, List<KpiRow>> kpisByRecord(long tenantId) {
        Map<Long, List<KpiRow>> byRecord = new HashMap<>();
        jdbc.sql("""
                        select record_id, id, kpi_key, name, unit, direction, baseline, target, cadence from design_kpi
                        where tenant_id = ? order by id
                        """)
                .params(tenantId)
                .query((rs, n) -> byRecord.computeIfAbsent(rs.getLong("record_id"), id -> new ArrayList<>())
                        .add(new KpiRow(rs.getString("kpi_key"), new KpiDefinition(rs.getLong("id"), rs.getString("name"),
                        KpiUnit.valueOf(rs.getString("unit")), KpiDirection.valueOf(rs.getString("direction")),
                        rs.getBigDecimal("baseline"), rs.getBigDecimal("target"), KpiCadence.valueOf(rs.getString("cadence"))))))
                .list();
        return byRecord;
    }

    public record KpiRow(String key, KpiDefinition definition) {
    }
}
