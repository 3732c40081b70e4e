package studio.smartwork.portal.tenantdata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * Deletes a tenant for good: every row of every table that belongs to it, then the tenant
 * itself. Only an administrator, only thirty days after the tenant was archived (time to
 * download its data, or to change one's mind), and only after typing its name. Client people
 * who belonged to no other tenant are erased with it.
 *
 * <p>The tables come from PostgreSQL's catalogue (every table with a {@code tenant_id}),
 * children before the rows they point at, so a table added later is deleted too.
 */
@Service
public class TenantDeletion {

    /** How long an archived tenant waits before it can be deleted for good. */
    public static final Duration GRACE = Duration.ofDays(30);

    private static final Logger log = LoggerFactory.getLogger(TenantDeletion.class);

    private final TenantService tenants;
    private final TenantScope tenantScope;
    private final JdbcClient jdbc;
    private final List<TenantDeletionParticipant> participants;
    private final Clock clock;

    TenantDeletion(TenantService tenants, TenantScope tenantScope, JdbcClient jdbc, List<TenantDeletionParticipant> participants,
            Clock clock) {
        this.tenants = tenants;
        this.tenantScope = tenantScope;
        this.jdbc = jdbc;
        this.participants = participants;
        this.clock = clock;
    }

    /** From when an archived tenant may be deleted; empty while it is active. */
    public static java.util.Optional<Instant> deletableFrom(TenantSummary tenant) {
        return tenant.isActive() || tenant.archivedAt() == null ? java.util.Optional.empty()
                : java.util.Optional.of(tenant.archivedAt().plus(GRACE));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void deleteForGood(TenantId tenant, String typedName) {
        TenantSummary summary = tenants.find(tenant).orElseThrow(TenantNotFoundException::new);
        Instant from = deletableFrom(summary).orElseThrow(() -> new NotAllowedException("tenantdata.refusal.not-archived", summary.name()));
        if (Instant.now(clock).isBefore(from)) {
            throw new NotAllowedException("tenantdata.refusal.too-soon", summary.name(), summary.format().dateTime(from));
        }
        if (typedName == null || !typedName.trim().equals(summary.name())) {
            throw InvalidInputException.of("name", "tenantdata.refusal.name-differs", summary.name());
        }
        List<Runnable> afterwards = new ArrayList<>();
        for (TenantDeletionParticipant participant : participants) {
            afterwards.add(tenantScope.read(tenant, participant::beforeDeletion));
        }
        tenantScope.asSystem(tenant, () -> {
            for (String table : tablesChildrenFirst()) {
                jdbc.sql("delete from " + table + " where tenant_id = :t").param("t", tenant.value()).update();
            }
            return null;
        });
        tenants.delete(tenant);
        log.info("Tenant {} ({}) deleted for good by {}", summary.slug(), tenant, CurrentActor.require().email());
        afterwards.forEach(Runnable::run);
    }

    /** Every table with a tenant_id, each after the tables whose rows point at it. */
    List<String> tablesChildrenFirst() {
        List<String> tables = jdbc.sql("""
                select c.table_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = 'public' and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'
                order by c.table_name
                """).query(String.class).list();
        Map<String, Set<String>> pointedAtBy = new HashMap<>();
        jdbc.sql("""
                select child.relname, parent.relname from pg_constraint k
                join pg_class child on child.oid = k.conrelid
                join pg_class parent on parent.oid = k.confrelid
                join pg_namespace n on n.oid = child.relnamespace and n.nspname = 'public'
                where k.contype = 'f' and child.oid <> parent.oid
                """).query((rs, row) -> pointedAtBy.computeIfAbsent(rs.getString(2), p -> new LinkedHashSet<>()).add(rs.getString(1)))
                .list();
        List<String> ordered = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String table : tables) {
            visit(table, tables, pointedAtBy, ordered, visiting);
        }
        return ordered;
    }

    private static void visit(String table, List<String> tables, Map<String, Set<String>> pointedAtBy, List<String> ordered,
            Set<String> visiting) {
        if (ordered.contains(table) || !tables.contains(table) || !visiting.add(table)) {
            return;
        }
        for (String child : pointedAtBy.getOrDefault(table, Set.of())) {
            visit(child, tables, pointedAtBy, ordered, visiting);
        }
        ordered.add(table);
    }

}
