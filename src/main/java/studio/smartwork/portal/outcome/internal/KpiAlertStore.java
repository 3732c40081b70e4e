package studio.smartwork.portal.outcome.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import studio.smartwork.portal.design.KpiDefinition;
import studio.smartwork.portal.design.KpiDefinition.KpiCadence;
import studio.smartwork.portal.design.KpiDefinition.KpiDirection;
import studio.smartwork.portal.outcome.KpiAlert;
import studio.smartwork.portal.outcome.StoredKpiAlert;
import studio.smartwork.portal.outcome.StoredKpiAlert.PeriodValue;

/**
 * The rows of table {@code kpi_alert} (changeset 230). Callers are inside the tenant's
 * transaction; every statement names the tenant as well, so row-level security is a second
 * guard, not the only one.
 */
@Repository
public class KpiAlertStore {

    private static final String COLUMNS = """
            a.id, a.record_id, 'SDR-' || r.number as reference, a.kpi_id, k.name as kpi_name, a.kind, a.since, a.raised_at,
            a.target, a.direction, a.cadence, a.periods, a.period_values, a.acknowledged_by_name, a.acknowledged_at,
            a.acknowledgement_note, a.resolved_at
            from kpi_alert a
            join design_record r on r.tenant_id = a.tenant_id and r.id = a.record_id
            join design_kpi k on k.tenant_id = a.tenant_id and k.id = a.kpi_id
            """;

    private final JdbcClient jdbc;

    KpiAlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a newly raised alert unless one of the same KPI and kind is open already (perhaps
     * raised by another transaction a moment ago); the new row's id, or empty when none was made.
     */
    public Optional<Long> raise(long tenantId, KpiAlert alert, KpiDefinition kpi, List<PeriodValue> evidence, Instant at) {
        return jdbc.sql("""
                        insert into kpi_alert (tenant_id, record_id, kpi_id, kind, since, raised_at, target, direction, cadence,
                                               periods, period_values)
                        values (:tenant, :record, :kpi, :kind, :since, :at, :target, :direction, :cadence,
                                cast(:periods as date[]), cast(:values as numeric[]))
                        on conflict (tenant_id, kpi_id, kind) where resolved_at is null do nothing
                        returning id""")
                .param("tenant", tenantId).param("record", alert.recordId()).param("kpi", alert.kpiId())
                .param("kind", alert.kind().name()).param("since", alert.since()).param("at", Timestamp.from(at))
                .param("target", kpi.target()).param("direction", kpi.direction().name()).param("cadence", kpi.cadence().name())
                .param("periods", evidence.stream().map(e -> e.periodStart().toString()).toArray(String[]::new))
                .param("values", evidence.stream().map(e -> e.value() == null ? null : e.value().toPlainString()).toArray(String[]::new))
                .query(Long.class).optional();
    }

    /** Resolves an open alert; false when it was resolved already. */
    public boolean resolve(long tenantId, long alertId, Instant at) {
        return jdbc.sql("update kpi_alert set resolved_at = :at where tenant_id = :tenant and id = :id and resolved_at is null")
                .param("at", Timestamp.from(at)).param("tenant", tenantId).param("id", alertId).update() == 1;
    }

    /** Notes a person's acknowledgement of an open alert not yet acknowledged; false when there is none such. */
    public boolean acknowledge(long tenantId, long alertId, long personId, String personName, String note, Instant at) {
        return jdbc.sql("""
                        update kpi_alert set acknowledged_by = :person, acknowledged_by_name = :name, acknowledged_at = :at,
                                             acknowledgement_note = :note
                        where tenant_id = :tenant and id = :id and resolved_at is null and acknowledged_at is null""")
                .param("person", personId).param("name", personName).param("at", Timestamp.from(at)).param("note", note)
                .param("tenant", tenantId).param("id", alertId).update() == 1;
    }

    /** The tenant's open alerts, by solution, KPI and kind. */
    public List<StoredKpiAlert> open(long tenantId) {
        return jdbc.sql("select " + COLUMNS + " where a.tenant_id = :tenant and a.resolved_at is null order by r.number, a.kpi_id, a.id")
                .param("tenant", tenantId).query(KpiAlertStore::alert).list();
    }

    /** The open alerts of one solution. */
    public List<StoredKpiAlert> open(long tenantId, long recordId) {
        return jdbc.sql("select " + COLUMNS + """
                         where a.tenant_id = :tenant and a.record_id = :record and a.resolved_at is null order by a.kpi_id, a.id""")
                .param("tenant", tenantId).param("record", recordId).query(KpiAlertStore::alert).list();
    }

    /** Every alert of one solution, open and resolved, newest first. */
    public List<StoredKpiAlert> history(long tenantId, long recordId) {
        return jdbc.sql("select " + COLUMNS + " where a.tenant_id = :tenant and a.record_id = :record order by a.raised_at desc, a.id desc")
                .param("tenant", tenantId).param("record", recordId).query(KpiAlertStore::alert).list();
    }

    public Optional<StoredKpiAlert> find(long tenantId, long alertId) {
        return jdbc.sql("select " + COLUMNS + " where a.tenant_id = :tenant and a.id = :id")
                .param("tenant", tenantId).param("id", alertId).query(KpiAlertStore::alert).optional();
    }

    private static StoredKpiAlert alert(ResultSet rs, int row) throws SQLException {
        List<PeriodValue> evidence = new ArrayList<>();
        java.sql.Date[] periods = (java.sql.Date[]) array(rs.getArray("periods"));
        BigDecimal[] values = (BigDecimal[]) array(rs.getArray("period_values"));
        for (int i = 0; i < periods.length; i++) {
            evidence.add(new PeriodValue(periods[i].toLocalDate(), values[i]));
        }
        return new StoredKpiAlert(rs.getLong("id"), rs.getLong("record_id"), rs.getString("reference"), rs.getLong("kpi_id"),
                rs.getString("kpi_name"), KpiAlert.Kind.valueOf(rs.getString("kind")), rs.getObject("since", LocalDate.class),
                rs.getTimestamp("raised_at").toInstant(), rs.getBigDecimal("target"), KpiDirection.valueOf(rs.getString("direction")),
                KpiCadence.valueOf(rs.getString("cadence")), List.copyOf(evidence), rs.getString("acknowledged_by_name"),
                instant(rs.getTimestamp("acknowledged_at")), rs.getString("acknowledgement_note"), instant(rs.getTimestamp("resolved_at")));
    }

    private static Object array(Array array) throws SQLException {
        return array.getArray();
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
