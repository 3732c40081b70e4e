package studio.smartwork.portal.webhooks.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of endpoints and deliveries. Every statement runs inside the caller's tenant
 * transaction, so row-level security shows the tenant's rows only; the tenant is named as
 * well, so that a statement is right on its own.
 */
@Component
public class WebhookStore {

    private final JdbcClient jdbc;

    WebhookStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record EndpointRow(long id, String url, List<String> events, String secret, @Nullable String previousSecret,
            @Nullable Instant previousSecretUntil, boolean allowPrivate, long createdBy, Instant createdAt, @Nullable Instant disabledAt,
            @Nullable String disabledReason, @Nullable Long disabledBy) {

        public boolean enabled() {
            return disabledAt == null;
        }
    }

    public record DeliveryRow(long id, long endpointId, String messageId, String eventType, String payload, Instant createdAt,
            String state, int attempts, int series, int seriesAttempts, @Nullable Instant seriesStartedAt,
            @Nullable Instant nextAttemptAt, @Nullable Instant lastAttemptAt, @Nullable Integer lastStatus,
            @Nullable Integer lastResponseMs, @Nullable String lastError, @Nullable Instant gaveUpAt) {
    }

    private static final String ENDPOINT_COLUMNS = """
            id, url, events, secret, previous_secret, previous_secret_until, allow_private, created_by, created_at,
            disabled_at, disabled_reason, disabled_by""";
    private static final String DELIVERY_COLUMNS = """
            id, endpoint_id, message_key, event_type, payload, created_at, state, attempts, series, series_attempts,
            series_started_at, next_attempt_at, last_attempt_at, last_status, last_response_ms, last_error, gave_up_at""";

    public List<EndpointRow> endpoints(long tenantId) {
        return jdbc.sql("select " + ENDPOINT_COLUMNS + " from webhook_endpoint where tenant_id = :t order by created_at desc, id desc")
                .param("t", tenantId).query(WebhookStore::endpoint).list();
    }

    public Optional<EndpointRow> endpoint(long tenantId, long endpointId) {
        return jdbc.sql("select " + ENDPOINT_COLUMNS + " from webhook_endpoint where tenant_id = :t and id = :id")
                .param("t", tenantId).param("id", endpointId).query(WebhookStore::endpoint).optional();
    }

    /** Locks the endpoint's row for the rest of the transaction, so that turning it off and on does not cross a delivery's outcome. */
    public Optional<EndpointRow> endpointForUpdate(long tenantId, long endpointId) {
        return jdbc.sql("select " + ENDPOINT_COLUMNS + " from webhook_endpoint where tenant_id = :t and id = :id for update")
                .param("t", tenantId).param("id", endpointId).query(WebhookStore::endpoint).optional();
    }

    public long insertEndpoint(long tenantId, String url, List<String> events, String secret, boolean allowPrivate, long createdBy,
            Instant at) {
        return jdbc.sql("""
                insert into webhook_endpoint (tenant_id, url, events, secret, allow_private, created_by, created_at)
                values (:t, :url, :events, :secret, :allowPrivate, :by, :at) returning id
                """).param("t", tenantId).param("url", url).param("events", events.toArray(String[]::new)).param("secret", secret)
                .param("allowPrivate", allowPrivate).param("by", createdBy).param("at", time(at)).query(Long.class).single();
    }

    public void changeEndpoint(long tenantId, long endpointId, String url, List<String> events, boolean allowPrivate) {
        jdbc.sql("update webhook_endpoint set url = :url, events = :events, allow_private = :allowPrivate where tenant_id = :t and id = :id")
                .param("url", url).param("events", events.toArray(String[]::new)).param("allowPrivate", allowPrivate)
                .param("t", tenantId).param("id", endpointId).update();
    }

    public void rotateSecret(long tenantId, long endpointId, String secret, String previous, Instant previousUntil) {
        jdbc.sql("""
                update webhook_endpoint set secret = :secret, previous_secret = :previous, previous_secret_until = :until
                where tenant_id = :t and id = :id
                """).param("secret", secret).param("previous", previous).param("until", time(previousUntil))
                .param("t", tenantId).param("id", endpointId).update();
    }

    public void disable(long tenantId, long endpointId, String reason, @Nullable Long by, Instant at) {
        jdbc.sql("""
                update webhook_endpoint set disabled_at = :at, disabled_reason = :reason, disabled_by = :by
                where tenant_id = :t and id = :id and disabled_at is null
                """).param("at", time(at)).param("reason", reason).param("by", by).param("t", tenantId).param("id", endpointId).update();
    }

    public void enable(long tenantId, long endpointId) {
        jdbc.sql("update webhook_endpoint set disabled_at = null, disabled_reason = null, disabled_by = null where tenant_id = :t and id = :id")
                .param("t", tenantId).param("id", endpointId).update();
    }

    public void deleteEndpoint(long tenantId, long endpointId) {
        jdbc.sql("delete from webhook_endpoint where tenant_id = :t and id = :id").param("t", tenantId).param("id", endpointId).update();
    }

    public long insertDelivery(long tenantId, long endpointId, String messageId, String eventType, String payload, Instant at) {
        return jdbc.sql("""
                insert into webhook_delivery (tenant_id, endpoint_id, message_key, event_type, payload, created_at, state)
                values (:t, :endpoint, :message, :type, :payload, :at, 'PENDING') returning id
                """).param("t", tenantId).param("endpoint", endpointId).param("message", messageId).param("type", eventType)
                .param("payload", payload).param("at", time(at)).query(Long.class).single();
    }

    public Optional<DeliveryRow> delivery(long tenantId, long deliveryId) {
        return jdbc.sql("select " + DELIVERY_COLUMNS + " from webhook_delivery where tenant_id = :t and id = :id")
                .param("t", tenantId).param("id", deliveryId).query(WebhookStore::delivery).optional();
    }

    public List<DeliveryRow> deliveries(long tenantId, long endpointId, int limit) {
        return jdbc.sql("select " + DELIVERY_COLUMNS + " from webhook_delivery where tenant_id = :t and endpoint_id = :e "
                        + "order by created_at desc, id desc limit :limit")
                .param("t", tenantId).param("e", endpointId).param("limit", limit).query(WebhookStore::delivery).list();
    }

    /**
     * Starts a new series of attempts of a delivery, due now: its first delivery, sending it again
     * by hand, or its endpoint turned on again. Returns the series' number.
     */
    public int startSeries(long tenantId, long deliveryId, Instant at) {
        return jdbc.sql("""
                update webhook_delivery set series = series + 1, series_attempts = 0, series_started_at = :at,
                    next_attempt_at = :at, state = case when state = 'DELIVERED' then 'DELIVERED' else 'PENDING' end
                where tenant_id = :t and id = :id returning series
                """).param("at", time(at)).param("t", tenantId).param("id", deliveryId).query(Integer.class).single();
    }

    /** Notes an attempt's result, only if it is the attempt the delivery still expects: a stale job changes nothing. */
    public boolean recordAttempt(long tenantId, long deliveryId, int series, int seriesAttempt, String state, Instant at,
            @Nullable Integer status, int responseMs, @Nullable String problem, @Nullable Instant next) {
        return jdbc.sql("""
                update webhook_delivery set attempts = attempts + 1, series_attempts = series_attempts + 1, state = :state,
                    last_attempt_at = :at, last_status = :status, last_response_ms = :ms, last_error = :problem,
                    next_attempt_at = :next, gave_up_at = case when :state = 'GAVE_UP' then :at else gave_up_at end
                where tenant_id = :t and id = :id and series = :series and series_attempts = :before
                """).param("state", state).param("at", time(at)).param("status", status).param("ms", responseMs)
                .param("problem", problem).param("next", next == null ? null : time(next)).param("t", tenantId)
                .param("id", deliveryId).param("series", series).param("before", seriesAttempt - 1).update() == 1;
    }

    /** An endpoint turned off keeps what did not get through waiting for it, with no attempt planned. */
    public void holdUndelivered(long tenantId, long endpointId) {
        jdbc.sql("""
                update webhook_delivery set state = 'PENDING', next_attempt_at = null
                where tenant_id = :t and endpoint_id = :e and state in ('PENDING', 'FAILED')
                """).param("t", tenantId).param("e", endpointId).update();
    }

    /** What waits for an endpoint that is turned on again: held messages, and those that gave up when it was turned off. */
    public List<Long> waitingFor(long tenantId, long endpointId, Instant disabledAt) {
        return jdbc.sql("""
                select id from webhook_delivery where tenant_id = :t and endpoint_id = :e
                  and (state in ('PENDING', 'FAILED') or (state = 'GAVE_UP' and gave_up_at >= :disabled))
                order by created_at, id
                """).param("t", tenantId).param("e", endpointId).param("disabled", time(disabledAt)).query(Long.class).list();
    }

    /** Whether anything reached the endpoint since then: a receiver that takes some calls is not turned off for one it refuses. */
    public boolean deliveredSince(long tenantId, long endpointId, Instant since) {
        return jdbc.sql("""
                select exists (select 1 from webhook_delivery where tenant_id = :t and endpoint_id = :e and state = 'DELIVERED'
                  and last_attempt_at >= :since)
                """).param("t", tenantId).param("e", endpointId).param("since", time(since)).query(Boolean.class).single();
    }

    /** Keeps the log bounded: called whenever messages are added, so it never holds more than the kept period of them. */
    public void forgetOlderThan(long tenantId, Instant before) {
        jdbc.sql("delete from webhook_delivery where tenant_id = :t and created_at < :before")
                .param("t", tenantId).param("before", time(before)).update();
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static EndpointRow endpoint(ResultSet rs, int n) throws SQLException {
        Array events = rs.getArray("events");
        long disabledBy = rs.getLong("disabled_by");
        Long by = rs.wasNull() ? null : disabledBy;
        return new EndpointRow(rs.getLong("id"), rs.getString("url"), Arrays.asList((String[]) events.getArray()),
                rs.getString("secret"), rs.getString("previous_secret"), instant(rs, "previous_secret_until"),
                rs.getBoolean("allow_private"), rs.getLong("created_by"), instant(rs, "created_at"), instant(rs, "disabled_at"),
                rs.getString("disabled_reason"), by);
    }

    private static DeliveryRow delivery(ResultSet rs, int n) throws SQLException {
        return new DeliveryRow(rs.getLong("id"), rs.getLong("endpoint_id"), rs.getString("message_key"), rs.getString("event_type"),
                rs.getString("payload"), instant(rs, "created_at"), rs.getString("state"), rs.getInt("attempts"), rs.getInt("series"),
                rs.getInt("series_attempts"), instant(rs, "series_started_at"), instant(rs, "next_attempt_at"),
                instant(rs, "last_attempt_at"), integer(rs, "last_status"), integer(rs, "last_response_ms"), rs.getString("last_error"),
                instant(rs, "gave_up_at"));
    }
}
