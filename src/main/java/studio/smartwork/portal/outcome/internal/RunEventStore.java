package studio.smartwork.portal.outcome.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import studio.smartwork.portal.outcome.RunEvent;
import studio.smartwork.portal.outcome.RunEventMonth;

/**
 * Run events in the database. Events arrive in thousands, so they are written with one
 * statement per batch (arrays unnested into rows) rather than one insert each, and the months
 * are counted in the database rather than by loading every event.
 */
@Repository
public class RunEventStore {

    /** A new event's sender id and solution, to tell new events from repeats. */
    public record Key(long recordId, String senderEventId) {
    }

    private final JdbcTemplate jdbc;

    RunEventStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the events not received before (each event's sender id and solution once) and
     * returns the keys of those that were new; repeats are left as they are.
     */
    public Set<Key> insertNew(long tenantId, List<RunEvent> events, Instant receivedAt) {
        if (events.isEmpty()) {
            return Set.of();
        }
        return jdbc.execute((ConnectionCallback<Set<Key>>) connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into run_event (tenant_id, record_id, sender_event_key, occurred_at, outcome, duration_ms,
                                           human_minutes, received_at)
                    select ?, e.record_id, e.sender_event_key, e.occurred_at::timestamptz, e.outcome, e.duration_ms,
                           e.human_minutes, ?
                    from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::numeric[])
                         as e (record_id, sender_event_key, occurred_at, outcome, duration_ms, human_minutes)
                    on conflict (tenant_id, record_id, sender_event_key) do nothing
                    returning record_id, sender_event_key
                    """)) {
                insert.setLong(1, tenantId);
                insert.setTimestamp(2, Timestamp.from(receivedAt));
                insert.setArray(3, array(connection, "bigint", events.stream().map(RunEvent::recordId).toArray(Long[]::new)));
                insert.setArray(4, array(connection, "text", events.stream().map(RunEvent::senderEventId).toArray(String[]::new)));
                insert.setArray(5, array(connection, "text",
                        events.stream().map(e -> e.occurredAt().toString()).toArray(String[]::new)));
                insert.setArray(6, array(connection, "text", events.stream().map(e -> e.outcome().name()).toArray(String[]::new)));
                insert.setArray(7, array(connection, "bigint", events.stream().map(RunEvent::durationMs).toArray(Long[]::new)));
                insert.setArray(8, array(connection, "numeric",
                        events.stream().map(RunEvent::humanMinutes).toArray(BigDecimal[]::new)));
                Set<Key> inserted = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        inserted.add(new Key(rows.getLong(1), rows.getString(2)));
                    }
                }
                return inserted;
            }
        });
    }

    /**
     * The solutions' runs per month in the given time zone (the tenant's): read from
     * run_event_month, which PostgreSQL keeps with the events (changeset 261, decision 0131);
     * the median of a month still receiving events (this month) is counted from its events here.
     * A change of the tenant's time zone counts every month again in the same transaction
     * (changeset 261), so the rows are always in the zone asked for.
     */
    public List<RunEventMonth> months(long tenantId, Collection<Long> recordIds, ZoneId zone) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return query(tenantId, recordIds, zone, """
                select m.record_id, m.month, m.runs, m.succeeded, m.failed, m.handed,
                       case when m.median_open then (
                           select percentile_cont(0.5) within group (order by e.duration_ms) from run_event e
                           where e.tenant_id = m.tenant_id and e.record_id = m.record_id
                             and e.occurred_at >= (to_date(m.month, 'YYYY-MM')::timestamp at time zone m.time_zone)
                             and e.occurred_at < ((to_date(m.month, 'YYYY-MM') + interval '1 month')::timestamp at time zone m.time_zone))
                       else m.median_ms end as median_ms
                from run_event_month m
                where m.time_zone = ? and m.tenant_id = ? and m.record_id = any (?::bigint[])
                order by 1, 2
                """);
    }

    /** The same months counted from the events themselves: slow for years of events; the reference run_event_month is checked against. */
    public List<RunEventMonth> monthsCountedFromEvents(long tenantId, Collection<Long> recordIds, ZoneId zone) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return query(tenantId, recordIds, zone, """
                select record_id, to_char(occurred_at at time zone ?, 'YYYY-MM') as month, count(*) as runs,
                       count(*) filter (where outcome = 'SUCCEEDED') as succeeded,
                       count(*) filter (where outcome = 'FAILED') as failed,
                       count(*) filter (where outcome = 'HANDED_TO_HUMAN') as handed,
                       percentile_cont(0.5) within group (order by duration_ms) as median_ms
                from run_event
                where tenant_id = ? and record_id = any (?::bigint[])
                group by 1, 2 order by 1, 2
                """);
    }

    private List<RunEventMonth> query(long tenantId, Collection<Long> recordIds, ZoneId zone, String sql) {
        return jdbc.execute((ConnectionCallback<List<RunEventMonth>>) connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, zone.getId());
                query.setLong(2, tenantId);
                query.setArray(3, array(connection, "bigint", recordIds.toArray(Long[]::new)));
                List<RunEventMonth> months = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        double median = rows.getDouble("median_ms");
                        BigDecimal medianMs = rows.wasNull() ? null : BigDecimal.valueOf(median);
                        months.add(new RunEventMonth(rows.getLong("record_id"), YearMonth.parse(rows.getString("month")),
                                rows.getInt("runs"), rows.getInt("succeeded"), rows.getInt("failed"), rows.getInt("handed"),
                                medianMs));
                    }
                }
                return months;
            }
        });
    }

    /** How many events a solution has, for checks. */
    public long count(long tenantId, long recordId) {
        return JdbcClient.create(jdbc).sql("select count(*) from run_event where tenant_id = :tenant and record_id = :record")
                .param("tenant", tenantId).param("record", recordId).query(Long.class).single();
    }

    private static Array array(Connection connection, String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }
}
